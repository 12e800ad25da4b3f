namespace KpiDashboard.Web.Security;

public static class KpiClaims
{
    /// <summary>The comma-separated province codes of a user or token, as in <see cref="Metrics.Accounts.KpiUser.ProvinceCodes"/>.</summary>
    public const string Provinces = "kpi:provinces";
}
