using System.Globalization;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Metrics.Submissions;

/// <summary>An approved (unit, month) that a write would change: the write is refused with who approved it and when.</summary>
public sealed record LockedUnit(ReportingLevel Level, string UnitCode, int Period, string? ApprovedBy, DateTimeOffset? ApprovedUtc)
{
    private string When => ApprovedUtc is { } utc
        ? VietnamTime.ToVietnam(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
        : "?";

    private Month Month => Month.FromKey(Period);

    public string Message => string.Create(CultureInfo.InvariantCulture,
        $"Báo cáo tháng {Month.Number}/{Month.Year} của {UnitVi} đã được {ApprovedBy ?? "?"} duyệt lúc {When}; đề nghị người duyệt mở lại (kpi submissions reopen) trước khi thay đổi số liệu.");

    public string MessageEn => string.Create(CultureInfo.InvariantCulture,
        $"The {Month} report of {UnitEn} was approved by {ApprovedBy ?? "?"} on {When} (Vietnam time); ask an approver to reopen it (kpi submissions reopen) before changing its figures.");

    private string UnitVi => Level switch
    {
        ReportingLevel.Province => $"tỉnh {UnitCode}",
        ReportingLevel.Agency => $"các cơ quan cấp tỉnh của tỉnh {UnitCode}",
        _ => $"xã {UnitCode}",
    };

    private string UnitEn => Level switch
    {
        ReportingLevel.Province => $"province {UnitCode}",
        ReportingLevel.Agency => $"the provincial agencies of province {UnitCode}",
        _ => $"commune {UnitCode}",
    };
}
