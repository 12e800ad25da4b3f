using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Infrastructure;

namespace KpiDashboard.Web.Admin;

/// <summary>A subscription's stored scope text ("province:25") as people read it ("Tỉnh Phú Thọ").</summary>
public static class ScopeLabels
{
    public static string Of(string scope, Units units)
    {
        if (scope == SubscriptionScope.Nation) return Ui.T("Toàn quốc", "Nationwide");
        var colon = scope.IndexOf(':');
        var code = colon < 0 ? scope : scope[(colon + 1)..];
        if (scope.StartsWith("province:", StringComparison.Ordinal) && units.ProvinceByCode.TryGetValue(code, out var p)) return p.FullName;
        if (scope.StartsWith("commune:", StringComparison.Ordinal) && units.CommuneByCode.TryGetValue(code, out var c))
            return units.ProvinceByCode.TryGetValue(c.ProvinceCode, out var cp) ? $"{c.FullName}, {cp.Name}" : c.FullName;
        return scope;
    }
}
