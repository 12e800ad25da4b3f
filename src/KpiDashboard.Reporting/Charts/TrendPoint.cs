using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Reporting.Charts;

/// <summary>
/// One month of a trend; null is unknown (no bar, a gap in the line), never 0. <paramref name="Approximate"/>: a month
/// before July 2025 of a commune of today with a split predecessor, drawn paler and marked "≈".
/// </summary>
public sealed record TrendPoint(Month Month, long? Received, long? Resolved, double? OnTimeRate, bool Approximate = false);
