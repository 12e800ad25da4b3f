namespace KpiDashboard.Metrics.Data;

/// <summary>Which engine holds the metrics: Database:Provider, with the connection string ConnectionStrings:Kpi.</summary>
public sealed record DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Seconds a SQLite writer waits for another writer before failing (the busy timeout).</summary>
    public int SqliteBusyTimeoutSeconds { get; init; } = 30;
}
