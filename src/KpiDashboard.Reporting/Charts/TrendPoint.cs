using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Reporting.Charts;

/// <summary>One month of a trend; null is unknown (no bar, a gap in the line), never 0.</summary>
public sealed record TrendPoint(Month Month, long? Received, long? Resolved, double? OnTimeRate);
