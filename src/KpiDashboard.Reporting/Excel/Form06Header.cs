using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Reporting.Excel;

/// <summary>The header block of Biểu số 06/VPCP/KSTT.</summary>
public sealed record Form06Header(string ReportingUnit, string ReceivingUnit, Period Period);
