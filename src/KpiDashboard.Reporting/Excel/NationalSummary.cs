using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Reporting.Excel;

/// <summary>The national summary of a period: the ranking of provinces, 12 months of on-time rates, fields, data quality.</summary>
public sealed record NationalSummary(
    Period Period,
    IReadOnlyList<RankedFigures> Provinces,
    IReadOnlyList<Month> Months,
    IReadOnlyList<MonthlyRates> MonthlyOnTime,
    IReadOnlyList<RankedFigures> Fields,
    DataQuality Quality,
    ReportingWindowKind Window);
