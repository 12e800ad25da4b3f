namespace KpiDashboard.Web.Security;

/// <summary>
/// Cache-Control in one place, as the response starts: every /api (and /openapi) response "no-store", refusals included,
/// since it carries a token's figures; any other response of an action that did not choose (pages, report downloads,
/// archived files) "private, no-cache", as it holds figures of the reader's provinces that the next ingest may change.
/// Static files keep their own rules.
/// </summary>
internal sealed class CacheControlMiddleware(RequestDelegate next)
{
    public const string Api = "no-store";
    public const string Default = "private, no-cache";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var c = (HttpContext)state;
            if (ApiPaths.IsApi(c.Request)) c.Response.Headers.CacheControl = Api;
            else if (c.GetEndpoint() is not null && string.IsNullOrEmpty(c.Response.Headers.CacheControl)) c.Response.Headers.CacheControl = Default;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
