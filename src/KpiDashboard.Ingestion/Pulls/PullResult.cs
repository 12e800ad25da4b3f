namespace KpiDashboard.Ingestion.Pulls;

/// <param name="Status">ok, unchanged (content read, nothing new), not_modified (304), failed, busy (another instance holds the lease).</param>
public sealed record PullResult(string Source, string Status, int Rows, int? BatchId, string? Error)
{
    public bool Failed => Status == PullStatus.Failed;
}
