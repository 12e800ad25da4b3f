namespace KpiDashboard.Web.Security;

public static class ApiTokenDefaults
{
    /// <summary>Authorization: Bearer kpi_… against the hashed API tokens.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>Picks the scheme by the address (<see cref="SchemeFor"/>).</summary>
    public const string Selector = "Kpi";

    /// <summary>/api takes tokens only and every page the sign-in cookie only, so a stolen token opens no page or form and a
    /// browser's cookie no API call; the OpenAPI description takes either.</summary>
    public static string SchemeFor(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        || (context.Request.Path.StartsWithSegments("/openapi") && ApiTokenHandler.BearerOf(context.Request) is not null)
            ? Scheme
            : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme;
}
