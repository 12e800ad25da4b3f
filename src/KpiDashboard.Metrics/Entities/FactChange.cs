namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// The values a batch replaced in one fact, kept for audit and rollback.
/// FactId is deliberately not a foreign key: a rollback deletes the facts a batch inserted but keeps the history.
/// </summary>
public sealed class FactChange
{
    public long Id { get; init; }
    public int BatchId { get; init; }
    public long FactId { get; init; }
    public FactChangeKind Kind { get; init; }
    public Measures PreviousValues { get; init; }
    public int? PreviousBatchId { get; init; }
    public bool PreviousIsDemo { get; init; }
}
