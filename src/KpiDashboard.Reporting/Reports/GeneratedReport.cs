using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.Reporting.Reports;

public sealed record GeneratedReport(ReportFileName Name, string ContentType, byte[] Content);
