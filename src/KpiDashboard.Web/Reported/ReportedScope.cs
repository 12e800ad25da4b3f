using KpiDashboard.Metrics.Access;

namespace KpiDashboard.Web.Reported;

internal static class ReportedScope
{
    /// <summary>A restricted caller may only touch figures of its own provinces; a figure with no province belongs to none of them.</summary>
    public static bool InScope(AccessScope scope, string? provinceCode) => provinceCode is null ? !scope.IsRestricted : scope.CanIngestInto(provinceCode);

    /// <summary>Saving a figure: a commune officer's scope is also their communes, as for the figures they ingest.</summary>
    public static bool InScope(AccessScope scope, string? provinceCode, string? communeCode) =>
        provinceCode is null ? !scope.IsRestricted : scope.CanIngestInto(provinceCode, communeCode);
}
