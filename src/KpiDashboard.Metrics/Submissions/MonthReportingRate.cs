using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Metrics.Submissions;

/// <summary>One month of the reporting-rate trend.</summary>
public sealed record MonthReportingRate(Month Month, ReportingRate Rate);
