using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// The output cache of the <see cref="CachedPageAttribute"/> pages: only for anonymous readers (a public read-only
/// dashboard), whose pages carry no name, no role and no antiforgery token; keyed by the page key (which holds the
/// reader's provinces and language) and the data version, so a new batch is a new key and old entries age out
/// within the size limit. A signed-in reader's page is never stored nor served from here.
/// </summary>
internal sealed class PageCachePolicy : IOutputCachePolicy
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = http.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is not null
                        && http.User.Identity?.IsAuthenticated != true
                        && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable) return;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.VaryByValues["page"] = CachedPageAttribute.KeyOf(http);
        context.CacheVaryByRules.VaryByValues["data"] = await http.RequestServices.GetRequiredService<DataVersion>().GetAsync(cancellation);
        // The stored body is compressed or not as the request asked.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A cookie (the language switch's) belongs to one reader; an error page is not the page.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
