namespace KpiDashboard.Metrics.Submissions;

/// <summary>A province's reporting rates over its units of the level asked for.</summary>
public sealed record ProvinceReportingRate(string Code, string Name, ReportingRate Rate);
