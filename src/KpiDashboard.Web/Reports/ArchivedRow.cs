using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.Web.Reports;

/// <summary>An archived file as the Reports page lists it: stale when figures of its period changed after it was made.</summary>
public sealed record ArchivedRow(ArchivedReport Report, bool Stale)
{
    public string Url => $"/reports/archive/{Uri.EscapeDataString(Report.Period)}/{Uri.EscapeDataString(Report.FileName)}";
}
