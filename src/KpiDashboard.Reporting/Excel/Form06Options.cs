namespace KpiDashboard.Reporting.Excel;

/// <summary>What the database does not know about a form: who sends it to whom, where and when it is signed.</summary>
public sealed record Form06Options
{
    /// <summary>Đơn vị báo cáo; by default "UBND tỉnh Phú Thọ", "UBND xã …" or "Toàn quốc".</summary>
    public string? ReportingUnit { get; init; }

    /// <summary>Đơn vị nhận báo cáo; by default the level above (the province for a commune, else Văn phòng Chính phủ).</summary>
    public string? ReceivingUnit { get; init; }

    /// <summary>The place in the footer; by default the province's name ("Hà Nội" for the nation).</summary>
    public string? Place { get; init; }

    /// <summary>The date in the footer; by default today by the builder's <see cref="TimeProvider"/>.</summary>
    public DateOnly? Date { get; init; }
}
