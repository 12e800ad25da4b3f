namespace KpiDashboard.Metrics.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
