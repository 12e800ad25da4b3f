namespace KpiDashboard.Web.Security;

public static class KpiClaims
{
    /// <summary>The comma-separated province codes of a user or token, as in <see cref="Metrics.Accounts.KpiUser.ProvinceCodes"/>.</summary>
    public const string Provinces = "kpi:provinces";

    /// <summary>The comma-separated commune codes of a commune officer, as in <see cref="Metrics.Accounts.KpiUser.CommuneCodes"/>.</summary>
    public const string Communes = "kpi:communes";
}
