namespace KpiDashboard.Web.Security;

public static class ApiTokenDefaults
{
    /// <summary>Authorization: Bearer kpi_… against the hashed API tokens.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>Picks the bearer scheme when the request carries one, the sign-in cookie otherwise.</summary>
    public const string Selector = "Kpi";
}
