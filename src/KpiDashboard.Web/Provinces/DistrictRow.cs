using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Provinces;

/// <summary>A district's own figures (the form's "cấp huyện" rows, unit key "H" + its code) on an old province's page.</summary>
public sealed record DistrictRow(string Code, string FullName, Figures Figures);
