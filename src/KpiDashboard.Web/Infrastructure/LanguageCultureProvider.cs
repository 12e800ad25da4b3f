using Microsoft.AspNetCore.Localization;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// ?lang=vi|en first (bookmarkable), then the cookie the switch left; never the browser's Accept-Language,
/// so that the dashboard is Vietnamese unless a person asks for English.
/// </summary>
public sealed class LanguageCultureProvider : RequestCultureProvider
{
    public const string QueryKey = "lang";
    public const string CookieName = "kpi-lang";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = CultureOf(httpContext.Request.Query[QueryKey].ToString()) ?? CultureOf(httpContext.Request.Cookies[CookieName]);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }

    /// <summary>"vi" → vi-VN, "en" → en-US; anything else is not a language of the dashboard.</summary>
    public static string? CultureOf(string? lang) => lang?.Trim().ToLowerInvariant() switch
    {
        "vi" or "vi-vn" => "vi-VN",
        "en" or "en-us" => "en-US",
        _ => null,
    };
}
