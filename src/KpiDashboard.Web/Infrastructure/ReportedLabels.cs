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

    public static string Status(string status) => status switch
    {
        "match" => Ui.T("Khớp", "Match"),
        "mismatch" => Ui.T("Lệch", "Mismatch"),
        "no_data" => Ui.T("Không có số liệu", "No data"),
        "incomplete" => Ui.T("Số liệu chưa đủ", "Incomplete"),
        "not_comparable" => Ui.T("Không so được (thiếu đơn vị/tháng)", "Not comparable (no unit or month)"),
        _ => status,
    };
}
