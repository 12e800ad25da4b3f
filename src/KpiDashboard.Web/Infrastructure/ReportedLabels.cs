namespace KpiDashboard.Web.Infrastructure;

/// <summary>Names of the reported-figure measures and reconciliation outcomes, in the page's language.</summary>
public static class ReportedLabels
{
    public static string Measure(string measure) => measure switch
    {
        "received" => Ui.T("Tiếp nhận", "Received"),
        "received_online" => Ui.T("Tiếp nhận trực tuyến", "Received online"),
        "received_offline" => Ui.T("Tiếp nhận trực tiếp", "Received in person"),
        "carried_over" => Ui.T("Kỳ trước chuyển sang", "Carried over"),
        "handled" => Ui.T("Phải giải quyết", "To handle"),
        "resolved" => Ui.T("Đã giải quyết", "Resolved"),
        "resolved_early" => Ui.T("Giải quyết trước hạn", "Resolved early"),
        "resolved_on_time" => Ui.T("Giải quyết đúng hạn", "Resolved on time"),
        "early_or_on_time" => Ui.T("Trước và đúng hạn", "Early or on time"),
        "resolved_late" => Ui.T("Giải quyết quá hạn", "Resolved late"),
        "pending" => Ui.T("Đang giải quyết", "Pending"),
        "pending_overdue" => Ui.T("Đang giải quyết quá hạn", "Pending overdue"),
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
