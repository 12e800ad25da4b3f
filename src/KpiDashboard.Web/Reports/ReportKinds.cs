using KpiDashboard.Reporting.Reports;

namespace KpiDashboard.Web.Reports;

/// <summary>The report names of the query string: form06, national, csv.</summary>
public static class ReportKinds
{
    public static IReadOnlyList<ReportKind> All { get; } = [ReportKind.Form06, ReportKind.National, ReportKind.FactsCsv];

    public static string Key(ReportKind kind) => kind switch
    {
        ReportKind.Form06 => "form06",
        ReportKind.National => "national",
        _ => "csv",
    };

    public static ReportKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "form06" => ReportKind.Form06,
        "national" => ReportKind.National,
        "csv" => ReportKind.FactsCsv,
        _ => null,
    };

    public static (string Vi, string En) Label(ReportKind kind) => kind switch
    {
        ReportKind.Form06 => ("Biểu số 06/VPCP/KSTT (Excel)", "Official form 06/VPCP/KSTT (Excel)"),
        ReportKind.National => ("Bảng tổng hợp toàn quốc (Excel)", "National summary (Excel)"),
        _ => ("Số liệu chi tiết (CSV)", "Figures (CSV)"),
    };
}
