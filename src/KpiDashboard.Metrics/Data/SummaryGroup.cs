namespace KpiDashboard.Metrics.Data;

/// <summary>A month of one province: the unit in which <see cref="FactSummaryRefresh"/> rewrites summaries.</summary>
public readonly record struct SummaryGroup(int Period, string ProvinceCode);
