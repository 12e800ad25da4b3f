namespace KpiDashboard.Metrics.Kpis;

/// <summary>
/// One KPI of the tiles, tables and maps: a count or a rate of <see cref="Figures"/>, with its labels and its sort key.
/// HigherIsBetter says which way a change is good news.
/// </summary>
public sealed record Kpi(string Key, string Vi, string En, Func<Figures, Quantity>? Count, Func<Figures, Rate>? Rate, bool HigherIsBetter)
{
    public double? SortValue(Figures f) => Count is not null ? Count(f).Value : Rate!(f).Value;

    public bool IsKnown(Figures f) => SortValue(f) is not null;

    /// <summary>Known but summed over parts of which some are unknown: a lower bound or a rate over one.</summary>
    public bool IsIncomplete(Figures f) => Count is not null
        ? Count(f) is { IsKnown: true, Complete: false }
        : Rate!(f) is { Value: not null, Complete: false };

    public static readonly Kpi Received = OfMeasure(MeasureCatalogue.Received);
    public static readonly Kpi Handled = OfMeasure(MeasureCatalogue.Handled);
    public static readonly Kpi Resolved = OfMeasure(MeasureCatalogue.Resolved);
    public static readonly Kpi EarlyRate = new("early", "Tỷ lệ trước hạn", "Early rate", null, f => f.EarlyRate, true);
    public static readonly Kpi OnTimeRate = new("ontime", "Tỷ lệ đúng hạn (biểu mẫu)", "On-time rate (form ratio)", null, f => f.OnTimeRate, true);
    public static readonly Kpi OnTimeRateIndex = new("index", "Tỷ lệ đúng hạn (chỉ số 2.1)", "On-time rate (national index 2.1)", null, f => f.OnTimeRateIndex, true);
    public static readonly Kpi LateRate = new("late", "Tỷ lệ quá hạn", "Late rate", null, f => f.LateRate, false);
    public static readonly Kpi OverdueBacklog = new("overdue", "Đang giải quyết quá hạn", "Overdue backlog", f => f.PendingOverdue, null, false);
    public static readonly Kpi OnlineShare = new("online", "Tỷ lệ trực tuyến", "Online share", null, f => f.OnlineShare, true);

    /// <summary>The tiles of every page and the columns of every table, in this order.</summary>
    public static IReadOnlyList<Kpi> All { get; } =
        [Received, Handled, Resolved, EarlyRate, OnTimeRate, OnTimeRateIndex, LateRate, OverdueBacklog, OnlineShare];

    /// <summary>A measure of the catalogue as a KPI, with its labels: more is better (more dossiers dealt with).</summary>
    private static Kpi OfMeasure(Measure measure) => new(measure.Name, measure.Vi, measure.En, measure.Of, null, true);

    public static Kpi? Find(string key) => All.FirstOrDefault(k => k.Key == key);
}
