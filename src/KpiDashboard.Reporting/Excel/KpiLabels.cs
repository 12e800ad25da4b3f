using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>Column headers for the canonical measures and rates, with their form column numbers.</summary>
public static class KpiLabels
{
    private static readonly Dictionary<string, (string Vi, string En)> Labels = new()
    {
        [MeasureNames.ReceivedOnline] = ("Tiếp nhận trực tuyến (4)", "Received online (4)"),
        [MeasureNames.ReceivedOffline] = ("Tiếp nhận trực tiếp, bưu chính (5)", "Received in person or by post (5)"),
        [MeasureNames.CarriedOver] = ("Từ kỳ trước (6)", "Carried over (6)"),
        [MeasureNames.ResolvedEarly] = ("Giải quyết trước hạn (8)", "Resolved early (8)"),
        [MeasureNames.ResolvedOnTime] = ("Giải quyết đúng hạn (9)", "Resolved on time (9)"),
        [MeasureNames.ResolvedLate] = ("Giải quyết quá hạn (10)", "Resolved late (10)"),
        [MeasureNames.PendingWithin] = ("Đang giải quyết trong hạn (12)", "Pending within deadline (12)"),
        [MeasureNames.PendingOverdue] = ("Đang giải quyết quá hạn (13)", "Pending overdue (13)"),
        [MeasureNames.Received] = ("Tiếp nhận trong kỳ (4)+(5)", "Received in period (4)+(5)"),
        [MeasureNames.Handled] = ("Tổng số nhận giải quyết (3)", "Handled (3)"),
        [MeasureNames.Resolved] = ("Đã giải quyết (7)", "Resolved (7)"),
        [MeasureNames.Pending] = ("Đang giải quyết (11)", "Pending (11)"),
        [MeasureNames.ResolutionRate] = ("Tỷ lệ đã giải quyết (7)/(3)", "Resolution rate (7)/(3)"),
        [MeasureNames.EarlyRate] = ("Tỷ lệ trước hạn (8)/(7)", "Early rate (8)/(7)"),
        [MeasureNames.OnTimeRate] = ("Tỷ lệ đúng hạn theo biểu ((8)+(9))/(7)", "On-time rate, form ratio ((8)+(9))/(7)"),
        [MeasureNames.OnTimeRateIndex] = ("Tỷ lệ đúng hạn theo Chỉ số 766 ((8)+(9)+(12))/((7)+(11))", "On-time rate, Decision 766 index ((8)+(9)+(12))/((7)+(11))"),
        [MeasureNames.LateRate] = ("Tỷ lệ quá hạn (10)/(7)", "Late rate (10)/(7)"),
        [MeasureNames.OnlineShare] = ("Tỷ lệ tiếp nhận trực tuyến (4)/((4)+(5))", "Online share (4)/((4)+(5))"),
    };

    public static string For(string name, ReportLanguage language) =>
        Labels.TryGetValue(name, out var l) ? (language == ReportLanguage.Vi ? l.Vi : l.En) : name;
}
