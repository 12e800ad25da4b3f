using KpiDashboard.Metrics.Kpis;
namespace KpiDashboard.Reporting.Excel;

/// <summary>The fixed texts of Biểu số 06/VPCP/KSTT (domain.md) and their English translations.</summary>
internal sealed record Form06Texts
{
    public const string OfficialTitle = "Tình hình, kết quả giải quyết thủ tục hành chính";

    public required string SheetName { get; init; }
    public required string FormNumber { get; init; }
    public required string Circular { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required string ReportingUnit { get; init; }
    public required string ReceivingUnit { get; init; }
    public required string CountUnit { get; init; }
    /// <summary>The first header row: columns 1, 2, then the three groups over 3–6, 7–10, 11–13.</summary>
    public required string[] GroupHeaders { get; init; }
    /// <summary>The second header row, columns 3–13.</summary>
    public required string[] SubHeaders { get; init; }
    public required string ProvinceLevel { get; init; }
    public required string CommuneLevel { get; init; }
    public required string DistrictLevel { get; init; }
    public required string GrandTotal { get; init; }
    public required string NoteEmpty { get; init; }
    public required string NoteIncomplete { get; init; }
    public required string NoteApproximate { get; init; }
    public required string Preparer { get; init; }
    public required string Head { get; init; }
    public required string PreparerSigns { get; init; }
    public required string HeadSigns { get; init; }

    public static Form06Texts For(Language language) => language == Language.Vi ? Vi : En;

    public static Form06Texts Vi { get; } = new()
    {
        SheetName = "Biểu 06",
        FormNumber = "Biểu số 06/VPCP/KSTT",
        Circular = "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP",
        Title = OfficialTitle.ToUpperInvariant(),
        ReportingUnit = "Đơn vị báo cáo:",
        ReceivingUnit = "Đơn vị nhận báo cáo:",
        CountUnit = "Đơn vị tính: Số hồ sơ TTHC",
        GroupHeaders = ["STT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"],
        SubHeaders =
        [
            "Tổng số", "Trong kỳ: Trực tuyến", "Trong kỳ: Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
            "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn",
            "Tổng số", "Trong hạn", "Quá hạn",
        ],
        ProvinceLevel = "Cấp tỉnh",
        CommuneLevel = "Cấp xã",
        DistrictLevel = "Cấp huyện",
        GrandTotal = "Tổng cộng",
        NoteEmpty = "Ghi chú: ô để trống là chưa có số liệu.",
        NoteIncomplete = "(*) Chưa đủ số liệu: tổng của các phần đã có số liệu.",
        NoteApproximate = "(≈) Gần đúng: trước 01/07/2025 là tổng số liệu của các xã cũ hợp nhất vào xã; một xã cũ bị chia được tính toàn bộ vào xã mới nêu đầu tiên trong bảng chuyển đổi.",
        Preparer = "Người lập biểu",
        Head = "Thủ trưởng đơn vị",
        PreparerSigns = "(Ký, ghi rõ họ tên)",
        HeadSigns = "(Ký tên, đóng dấu)",
    };

    public static Form06Texts En { get; } = new()
    {
        SheetName = "Form 06",
        FormNumber = "Form No. 06/VPCP/KSTT",
        Circular = "Issued with Circular No. 01/2020/TT-VPCP",
        Title = "ADMINISTRATIVE PROCEDURES: HANDLING STATUS AND RESULTS",
        Subtitle = $"{OfficialTitle} (Biểu số 06/VPCP/KSTT)",
        ReportingUnit = "Reporting unit:",
        ReceivingUnit = "Receiving unit:",
        CountUnit = "Unit: number of dossiers",
        GroupHeaders = ["No.", "Field, by level of handling", "Dossiers to handle", "Dossiers resolved", "Dossiers pending"],
        SubHeaders =
        [
            "Total", "In period: online", "In period: in person or by post", "Carried over",
            "Total", "Early", "On time", "Late",
            "Total", "Within deadline", "Overdue",
        ],
        ProvinceLevel = "Provincial level",
        CommuneLevel = "Commune level",
        DistrictLevel = "District level",
        GrandTotal = "Total",
        NoteEmpty = "Note: an empty cell means no figures were reported.",
        NoteIncomplete = "(*) Incomplete: the sum of the parts with figures.",
        NoteApproximate = "(≈) Approximate: before 01/07/2025 the sum of the old communes that went into this one; an old commune that was split counts whole in the new commune the mapping names first.",
        Preparer = "Prepared by",
        Head = "Head of unit",
        PreparerSigns = "(Signature, full name)",
        HeadSigns = "(Signature and seal)",
    };
}
