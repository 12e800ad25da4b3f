using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// The validators of everything whose content follows the data version (charts, maps, pages): an ETag made of the
/// version and a hash of what else the content depends on, browser-only caching, and the answer to If-None-Match.
/// </summary>
public static class ConditionalResponse
{
    /// <summary>The ETag of content built from the data <paramref name="version"/> and the canonical <paramref name="key"/>.</summary>
    public static string ETag(string version, string key) =>
        $"\"{version}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20]}\"";

    /// <summary>
    /// Sets the ETag and Vary headers; true when the request already holds that version (answer 304). Cache-Control is
    /// left to <see cref="Security.CacheControlMiddleware"/>: "private, no-cache", as the content differs by the caller's provinces.
    /// </summary>
    public static bool IsNotModified(HttpContext context, string etag)
    {
        var response = context.Response;
        response.Headers.ETag = etag;
        // Without ?lang the language came from the cookie: a shared cache must not hand one language to the other.
        if (string.IsNullOrEmpty(context.Request.Query[LanguageCultureProvider.QueryKey])) response.Headers.Vary = "Cookie";
        return Matches(context.Request.Headers.IfNoneMatch, etag);
    }

    private static bool Matches(StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() is var tag && (tag == etag || tag == "*" || tag == "W/" + etag)));
}
