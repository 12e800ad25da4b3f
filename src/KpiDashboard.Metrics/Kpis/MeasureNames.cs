namespace KpiDashboard.Metrics.Kpis;

/// <summary>The canonical names of domain.md: CSV headers, JSON keys.</summary>
public static class MeasureNames
{
    public const string ReceivedOnline = "received_online";
    public const string ReceivedOffline = "received_offline";
    public const string CarriedOver = "carried_over";
    public const string ResolvedEarly = "resolved_early";
    public const string ResolvedOnTime = "resolved_on_time";
    public const string ResolvedLate = "resolved_late";
    public const string PendingWithin = "pending_within";
    public const string PendingOverdue = "pending_overdue";
    public const string Received = "received";
    public const string Handled = "handled";
    public const string Resolved = "resolved";
    public const string Pending = "pending";

    public const string ResolutionRate = "resolution_rate";
    public const string EarlyRate = "early_rate";
    public const string OnTimeRate = "on_time_rate";
    public const string OnTimeRateIndex = "on_time_rate_index";
    public const string LateRate = "late_rate";
    public const string OnlineShare = "online_share";

    /// <summary>The eight base measures, in the order of the form's columns 4, 5, 6, 8, 9, 10, 12, 13.</summary>
    public static IReadOnlyList<string> Base { get; } =
        [ReceivedOnline, ReceivedOffline, CarriedOver, ResolvedEarly, ResolvedOnTime, ResolvedLate, PendingWithin, PendingOverdue];

    /// <summary>The four totals a report may give where the parts are unknown.</summary>
    public static IReadOnlyList<string> Totals { get; } = [Received, Handled, Resolved, Pending];

    public static IReadOnlyList<string> All { get; } = [.. Base, .. Totals];

    public static IReadOnlyList<string> Rates { get; } =
        [ResolutionRate, EarlyRate, OnTimeRate, OnTimeRateIndex, LateRate, OnlineShare];

    public static Quantity Get(Figures f, string name) => name switch
    {
        ReceivedOnline => f.ReceivedOnline,
        ReceivedOffline => f.ReceivedOffline,
        CarriedOver => f.CarriedOver,
        ResolvedEarly => f.ResolvedEarly,
        ResolvedOnTime => f.ResolvedOnTime,
        ResolvedLate => f.ResolvedLate,
        PendingWithin => f.PendingWithin,
        PendingOverdue => f.PendingOverdue,
        Received => f.Received,
        Handled => f.Handled,
        Resolved => f.Resolved,
        Pending => f.Pending,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown measure"),
    };

    public static Rate GetRate(Figures f, string name) => name switch
    {
        ResolutionRate => f.ResolutionRate,
        EarlyRate => f.EarlyRate,
        OnTimeRate => f.OnTimeRate,
        OnTimeRateIndex => f.OnTimeRateIndex,
        LateRate => f.LateRate,
        OnlineShare => f.OnlineShare,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown rate"),
    };
}
