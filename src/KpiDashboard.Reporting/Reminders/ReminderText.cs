using System.Globalization;
using System.Text;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Reporting.Email;

namespace KpiDashboard.Reporting.Reminders;

/// <summary>
/// A reminder's subject and plain text. Accounts have no language of their own, so the Vietnamese text comes first with
/// the English under it, as in the other texts that do not know their reader's language.
/// </summary>
public static class ReminderText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] WeekdaysVi = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    public static (string Subject, string Body) Compose(PlannedReminder r, DateRange window, DashboardLinks links) =>
        r.Kind == ReminderKind.BeforeDeadline ? Before(r, window, links) : Late(r, window, links);

    private static (string, string) Before(PlannedReminder r, DateRange window, DashboardLinks links)
    {
        var unit = r.Units[0];
        var subject = $"Nhắc gửi báo cáo tháng {MonthVi(r)}: {unit.UnitName}, hạn {Day(r.Deadline)} / Reminder: {MonthEn(r)} report due {DayEn(r.Deadline)}";
        var text = new StringBuilder()
            .AppendLine($"Báo cáo tháng {MonthVi(r)} (từ ngày {Day(window.From)} đến ngày {Day(window.To)}) của {unit.UnitName} (mã {unit.UnitCode}) chưa được gửi; trạng thái: {unit.State.NameVi()}.")
            .AppendLine($"Hạn gửi: {WeekdaysVi[(int)r.Deadline.DayOfWeek]}, {Day(r.Deadline)}.")
            .AppendLine($"Nhập và gửi báo cáo: {links.Entry(r.Level, unit.UnitCode, r.Period, Language.Vi)}")
            .AppendLine()
            .AppendLine($"The {MonthEn(r)} report ({DayEn(window.From)} to {DayEn(window.To)}) of {unit.UnitName} (code {unit.UnitCode}) has not been sent; state: {StateEn(unit.State)}.")
            .AppendLine($"Due: {r.Deadline.DayOfWeek}, {DayEn(r.Deadline)}.")
            .AppendLine($"Enter and submit it: {links.Entry(r.Level, unit.UnitCode, r.Period, Language.En)}")
            .AppendLine()
            .AppendLine(Footer);
        return (subject, text.ToString());
    }

    private static (string, string) Late(PlannedReminder r, DateRange window, DashboardLinks links)
    {
        var count = r.Units.Count;
        var provinces = r.Units.Select(u => u.ProvinceCode).Distinct().ToList();
        var province = provinces.Count == 1 && r.Level != ReportingLevel.Province ? provinces[0] : null;
        var subject = $"{count} đơn vị cấp {r.Level.NameVi()} chưa gửi báo cáo tháng {MonthVi(r)} (hạn {Day(r.Deadline)}) / {count} {LevelEn(r.Level)} late, {MonthEn(r)}";
        var text = new StringBuilder()
            .AppendLine($"Đã quá hạn {Day(r.Deadline)}, {count} đơn vị cấp {r.Level.NameVi()} chưa gửi báo cáo tháng {MonthVi(r)} (từ ngày {Day(window.From)} đến ngày {Day(window.To)}):")
            .AppendLine($"Past the deadline of {DayEn(r.Deadline)}, {count} {LevelEn(r.Level)} have not sent their {MonthEn(r)} report ({DayEn(window.From)} to {DayEn(window.To)}):")
            .AppendLine();
        foreach (var unit in r.Units)
            text.AppendLine($"- {unit.UnitCode} {unit.UnitName}: {unit.State.NameVi()} / {StateEn(unit.State)}");
        text.AppendLine()
            .AppendLine($"Tình hình báo cáo: {links.Completeness(r.Level, r.Period, province, Language.Vi)}")
            .AppendLine($"Reporting status: {links.Completeness(r.Level, r.Period, province, Language.En)}")
            .AppendLine()
            .AppendLine(Footer);
        return (subject, text.ToString());
    }

    private const string Footer =
        "Thư tự động của KpiDashboard, gửi một lần cho mỗi đơn vị và kỳ báo cáo. / An automatic message from KpiDashboard, sent once per unit and period.";

    private static string MonthVi(PlannedReminder r) => string.Create(Vi, $"{r.Period.Number}/{r.Period.Year}");

    private static string MonthEn(PlannedReminder r) => r.Period.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string DayEn(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string LevelEn(ReportingLevel level) => level switch
    {
        ReportingLevel.Province => "provinces",
        ReportingLevel.Agency => "provincial agencies",
        _ => "communes",
    };

    private static string StateEn(SubmissionState state) => state switch
    {
        SubmissionState.NotStarted => "not started",
        SubmissionState.Draft => "draft",
        SubmissionState.Returned => "returned",
        SubmissionState.Submitted => "submitted",
        _ => "approved",
    };
}
