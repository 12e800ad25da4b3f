using System.Globalization;
using System.Net;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Web.Security;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// A request that fails because the database cannot serve it (stopped, unreachable, locked past the busy timeout, full,
/// damaged, read-only) is answered 503 with Retry-After: problem details under /api, a page saying so elsewhere. The
/// next request tries the database again, so the app recovers without a restart when the database returns. What the
/// operator must do (the file or server, the advice) goes to the log, not to the client.
/// </summary>
internal sealed class DataStoreUnavailableMiddleware(RequestDelegate next, ILogger<DataStoreUnavailableMiddleware> logger)
{
    public const int RetryAfterSeconds = 30;
    private const string TitleVi = "Kho dữ liệu tạm thời không truy cập được";
    private const string TitleEn = "The data store is unavailable";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && DatabaseFailure.KindOf(e) is not null)
        {
            var db = context.RequestServices.GetRequiredService<KpiDbContext>();
            var failure = DatabaseFailure.Classify(e, DatabaseFailure.LocationOf(db))!;
            logger.LogWarning("{Path}: 503, {Sentence}", context.Request.Path.Value, failure.Sentence);
            await AnswerAsync(context);
        }
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        var detail = $"Xin thử lại sau {RetryAfterSeconds} giây. / Please retry in {RetryAfterSeconds} seconds.";
        if (ApiPaths.IsApi(context.Request))
        {
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: $"{TitleVi} / {TitleEn}", detail: detail).ExecuteAsync(context);
            return;
        }
        // Written here, not by a view: the layout reads the database (the data stamp), which is what failed.
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{TitleVi} – KpiDashboard</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main>
            <h1>{TitleVi} <small>(503)</small></h1>
            <p class="problem" role="alert">{TitleVi}. <span lang="en">{TitleEn}.</span></p>
            <p>{WebUtility.HtmlEncode(detail)}</p>
            <p><a href="/">Về trang tổng quan / Back to the overview</a></p>
            </main></body>
            </html>
            """, context.RequestAborted);
    }
}
