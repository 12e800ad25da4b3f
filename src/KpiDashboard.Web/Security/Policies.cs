namespace KpiDashboard.Web.Security;

/// <summary>The authorization policies the <see cref="AuthorizationConvention"/> attaches.</summary>
public static class Policies
{
    public const string Admin = "kpi:admin";
    public const string Ingest = "kpi:ingest";
    public const string Api = "kpi:api";
    public const string ApiIngest = "kpi:api-ingest";
}
