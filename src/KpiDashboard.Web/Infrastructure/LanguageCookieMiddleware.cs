namespace KpiDashboard.Web.Infrastructure;

/// <summary>Remembers the language chosen with ?lang= in a cookie, so that links without it keep the language.</summary>
internal sealed class LanguageCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var lang = context.Request.Query[LanguageCultureProvider.QueryKey].ToString();
        if (LanguageCultureProvider.CultureOf(lang) is not null && context.Request.Cookies[LanguageCultureProvider.CookieName] != lang)
        {
            context.Response.Cookies.Append(LanguageCultureProvider.CookieName, lang.Trim().ToLowerInvariant(), new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
            });
        }
        return next(context);
    }
}
