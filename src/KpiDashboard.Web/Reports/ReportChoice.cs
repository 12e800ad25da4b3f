namespace KpiDashboard.Web.Reports;

/// <summary>A valid selection: what it is, where it downloads from and the file name it will have.</summary>
public sealed record ReportChoice(ReportRequest Request, string ScopeName, string FileName);
