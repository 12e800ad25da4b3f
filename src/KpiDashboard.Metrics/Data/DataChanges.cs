namespace KpiDashboard.Metrics.Data;

/// <summary>
/// This process's count of committed batches, rollbacks, approvals and <see cref="Entities.DataRevision"/>s. Readers
/// that keep the data version for a moment (the web app's page cache) compare it with what they saw, so a batch ingested here shows at once; another instance's batch
/// shows when their moment is over.
/// </summary>
public sealed class DataChanges
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public void Committed() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// Adds a <see cref="Entities.DataRevision"/> to <paramref name="db"/>, to be saved in the caller's transaction; call
    /// <see cref="Committed"/> after the commit.
    /// </summary>
    public static void Note(KpiDbContext db, string kind, TimeProvider time) =>
        db.DataRevisions.Add(new Entities.DataRevision { Kind = kind, WhenUtc = time.GetUtcNow() });
}
