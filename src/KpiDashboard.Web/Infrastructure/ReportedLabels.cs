using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>Names of the reported-figure measures and reconciliation outcomes, in the page's language.</summary>
public static class ReportedLabels
{
    public static string Measure(string measure) => measure switch
    {
        _ when MeasureCatalogue.Find(measure) is { } m => Ui.T(m.Vi, m.En),
        "early_or_on_time" => Ui.T("Trước và đúng hạn", "Early or on time"),
        "on_time_rate_percent" => Ui.T("Tỷ lệ đúng hạn (%)", "On-time rate (%)"),
        _ => measure,
    };

    /// <summary>The level a figure was given for, as the reconciliation compares it; empty for the whole unit.</summary>
    public static string Level(string? level) => level switch
    {
        null => "",
        "province" => Ui.T("cơ quan cấp tỉnh", "provincial agencies"),
        "commune" => Ui.T("cấp xã", "communes"),
        "district" => Ui.T("cấp huyện", "districts"),
        _ => level,
    };

    public static string Status(string status) => status switch
    {
        "match" => Ui.T("Khớp", "Match"),
        "mismatch" => Ui.T("Lệch", "Mismatch"),
        "no_data" => Ui.T("Không có số liệu", "No data"),
        "incomplete" => Ui.T("Số liệu chưa đủ", "Incomplete"),
        "not_comparable" => Ui.T("Không so được (thiếu đơn vị/tháng, hoặc cấp không có số liệu)", "Not comparable (no unit or month, or a level without figures)"),
        _ => status,
    };
}
