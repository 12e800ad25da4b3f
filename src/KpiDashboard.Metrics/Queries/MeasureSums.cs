namespace KpiDashboard.Metrics.Queries;

/// <summary>One group's raw sums: for each measure the sum of the known values and how many rows knew it.</summary>
internal sealed record MeasureSums<TKey>
{
    public required TKey Key { get; init; }
    public int Rows { get; init; }
    public int DemoRows { get; init; }
    public long? ReceivedOnline { get; init; }
    public int ReceivedOnlineKnown { get; init; }
    public long? ReceivedOffline { get; init; }
    public int ReceivedOfflineKnown { get; init; }
    public long? CarriedOver { get; init; }
    public int CarriedOverKnown { get; init; }
    public long? ResolvedEarly { get; init; }
    public int ResolvedEarlyKnown { get; init; }
    public long? ResolvedOnTime { get; init; }
    public int ResolvedOnTimeKnown { get; init; }
    public long? ResolvedLate { get; init; }
    public int ResolvedLateKnown { get; init; }
    public long? PendingWithin { get; init; }
    public int PendingWithinKnown { get; init; }
    public long? PendingOverdue { get; init; }
    public int PendingOverdueKnown { get; init; }
    public long? Received { get; init; }
    public int ReceivedKnown { get; init; }
    public long? Handled { get; init; }
    public int HandledKnown { get; init; }
    public long? Resolved { get; init; }
    public int ResolvedKnown { get; init; }
    public long? Pending { get; init; }
    public int PendingKnown { get; init; }
}
