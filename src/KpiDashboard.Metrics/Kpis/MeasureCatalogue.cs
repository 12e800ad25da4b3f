namespace KpiDashboard.Metrics.Kpis;

/// <summary>
/// The twelve measures of domain.md, the one list of them: every list of measures, projection and SQL statement is
/// made from it. The eight base measures in the order of the form's columns, then the four totals.
/// </summary>
public static class MeasureCatalogue
{
    public static Measure ReceivedOnline { get; } = new("received_online", "ReceivedOnline", MeasureKind.Base, [4], "Tiếp nhận trực tuyến", "Received online");
    public static Measure ReceivedOffline { get; } = new("received_offline", "ReceivedOffline", MeasureKind.Base, [5], "Tiếp nhận trực tiếp, bưu chính", "Received in person or by post");
    public static Measure CarriedOver { get; } = new("carried_over", "CarriedOver", MeasureKind.Base, [6], "Từ kỳ trước", "Carried over");
    public static Measure ResolvedEarly { get; } = new("resolved_early", "ResolvedEarly", MeasureKind.Base, [8], "Giải quyết trước hạn", "Resolved early");
    public static Measure ResolvedOnTime { get; } = new("resolved_on_time", "ResolvedOnTime", MeasureKind.Base, [9], "Giải quyết đúng hạn", "Resolved on time");
    public static Measure ResolvedLate { get; } = new("resolved_late", "ResolvedLate", MeasureKind.Base, [10], "Giải quyết quá hạn", "Resolved late");
    public static Measure PendingWithin { get; } = new("pending_within", "PendingWithin", MeasureKind.Base, [12], "Đang giải quyết trong hạn", "Pending within deadline");
    public static Measure PendingOverdue { get; } = new("pending_overdue", "PendingOverdue", MeasureKind.Base, [13], "Đang giải quyết quá hạn", "Pending overdue");
    public static Measure Received { get; } = new("received", "Received", MeasureKind.Total, [4, 5], "Tiếp nhận trong kỳ", "Received in period");
    public static Measure Handled { get; } = new("handled", "Handled", MeasureKind.Total, [3], "Số hồ sơ nhận giải quyết", "Handled");
    public static Measure Resolved { get; } = new("resolved", "Resolved", MeasureKind.Total, [7], "Đã giải quyết", "Resolved");
    public static Measure Pending { get; } = new("pending", "Pending", MeasureKind.Total, [11], "Đang giải quyết", "Pending");

    public static IReadOnlyList<Measure> All { get; } = Numbered(
    [
        ReceivedOnline, ReceivedOffline, CarriedOver, ResolvedEarly, ResolvedOnTime, ResolvedLate, PendingWithin, PendingOverdue,
        Received, Handled, Resolved, Pending,
    ]);

    public static IReadOnlyList<Measure> Base { get; } = [.. All.Where(m => m.Kind == MeasureKind.Base)];

    public static IReadOnlyList<Measure> Totals { get; } = [.. All.Where(m => m.Kind == MeasureKind.Total)];

    private static readonly Dictionary<string, Measure> ByName = All.ToDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>The measure of a canonical name, or null.</summary>
    public static Measure? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The measure held in one column of the form (3–13 but 7's and 11's parts), or null.</summary>
    public static Measure? ForFormColumn(int column) => All.FirstOrDefault(m => m.FormColumn == column);

    private static Measure[] Numbered(Measure[] measures)
    {
        for (var i = 0; i < measures.Length; i++) measures[i].Index = i;
        return measures;
    }
}
