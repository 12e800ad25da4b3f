using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.Reporting.Reports;

/// <summary>A report made for a caller: its name, type, bytes and what it covers (which the archive records).</summary>
public sealed record GeneratedReport(ReportFileName Name, string ContentType, byte[] Content, ReportCoverage Coverage);
