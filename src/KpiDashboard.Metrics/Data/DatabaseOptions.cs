namespace KpiDashboard.Metrics.Data;

/// <summary>Which engine holds the metrics: Database:Provider, with the connection string ConnectionStrings:Kpi.</summary>
public sealed record DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Seconds a SQLite writer waits for another writer before failing (the busy timeout).</summary>
    public int SqliteBusyTimeoutSeconds { get; init; } = 30;

    /// <summary>Lets the web app create a missing SQLite file at a configured path (it always may at the default one),
    /// so that a mistyped path fails instead of starting an empty database.</summary>
    public bool CreateIfMissing { get; init; }
}
