using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Reporting.Excel;

/// <summary>The header block of Biểu số 06/VPCP/KSTT; <paramref name="Window"/> decides the dates it states.</summary>
public sealed record Form06Header(string ReportingUnit, string ReceivingUnit, Period Period, ReportingWindowKind Window);
