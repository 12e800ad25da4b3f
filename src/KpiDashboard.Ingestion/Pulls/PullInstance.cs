namespace KpiDashboard.Ingestion.Pulls;

/// <summary>Who this process is when it takes a lease on a source.</summary>
public sealed record PullInstance(string Id)
{
    public static PullInstance New() => new($"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}");
}
