using KpiDashboard.Metrics.Data;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// The engine the integration suite runs on: KPI_TEST_PROVIDER=Sqlite (default) or Postgres, the latter on the server
/// named by KPI_TEST_POSTGRES (a connection string to a role that may create databases). tests/run.sh runs the suite
/// once per provider. A missing server fails the tests: it never skips them.
/// </summary>
public static class TestProvider
{
    public static DatabaseProvider Current { get; } = Read();

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("KPI_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("KPI_TEST_PROVIDER=Postgres needs KPI_TEST_POSTGRES, a connection string to a PostgreSQL server (tests/run.sh starts one).");

    private static DatabaseProvider Read()
    {
        var text = Environment.GetEnvironmentVariable("KPI_TEST_PROVIDER");
        if (string.IsNullOrEmpty(text)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"KPI_TEST_PROVIDER must be Sqlite or Postgres, not '{text}'.");
    }
}
