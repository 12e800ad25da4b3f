using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Reports;

namespace KpiDashboard.Web.Reports;

/// <summary>One downloadable report, as the query string of /reports/download names it.</summary>
public sealed record ReportRequest(ReportKind Kind, Scope Scope, Period Period, Language Language)
{
    /// <summary>The bookmarkable address of the download.</summary>
    public string DownloadUrl => ReportLinks.Download(ReportKinds.Key(Kind), Period, Scope.ProvinceCode, Scope.CommuneCode, Scope.FieldCode, Language);
}
