namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// What the app remembers about one configured HTTP source: the validators for conditional requests, the outcome of
/// the last attempt, and the lease that lets only one instance pull it at a time.
/// </summary>
public sealed class PullSourceState
{
    public const int MaxETagLength = 400;

    public required string Name { get; init; }
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTimeOffset? LastAttemptUtc { get; set; }
    public DateTimeOffset? LastSuccessUtc { get; set; }
    /// <summary>ok, unchanged, not_modified, failed, or null before the first attempt.</summary>
    public string? LastStatus { get; set; }
    public int LastRows { get; set; }
    public int? LastBatchId { get; set; }
    public string? LastError { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntilUtc { get; set; }
}
