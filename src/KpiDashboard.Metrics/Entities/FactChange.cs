namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// What a batch did to one fact: inserted it, or replaced its values (kept here for audit and rollback).
/// FactId is deliberately not a foreign key: a rollback deletes inserted facts but keeps their history.
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
