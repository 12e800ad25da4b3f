using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

public static class KpiDatabase
{
    /// <summary>The unique index on (Period, ProvinceCode, CommuneCode or none, FieldCode), on both providers.</summary>
    public const string NaturalKeyIndex = "IX_Facts_NaturalKey";

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        Configure(options, DatabaseProvider.Sqlite, connectionString);

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, DatabaseOptions? settings = null)
    {
        var migrations = typeof(KpiDatabase).Assembly.FullName;
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(migrations));
                break;
            default:
                options.UseSqlite(WithBusyTimeout(connectionString, settings ?? new DatabaseOptions()), sqlite => sqlite.MigrationsAssembly(migrations));
                break;
        }
    }

    /// <summary>A context on its own, for tools and tests that live outside a host.</summary>
    public static KpiDbContext Open(string connectionString) => Open(DatabaseProvider.Sqlite, connectionString);

    public static KpiDbContext Open(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresKpiDbContext>();
            Configure(postgres, provider, connectionString);
            return new PostgresKpiDbContext(postgres.Options);
        }
        var options = new DbContextOptionsBuilder<KpiDbContext>();
        Configure(options, provider, connectionString);
        return new KpiDbContext(options.Options);
    }

    /// <summary>Accepts a plain file path as well as a connection string.</summary>
    public static string ConnectionStringForFile(string path) => $"Data Source={path}";

    // Microsoft.Data.Sqlite retries a locked database until the command timeout, so that timeout is the busy timeout:
    // a dashboard reading while a batch commits waits instead of failing.
    private static string WithBusyTimeout(string connectionString, DatabaseOptions settings)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("timeout", StringComparison.OrdinalIgnoreCase))
            builder.DefaultTimeout = settings.SqliteBusyTimeoutSeconds;
        return builder.ToString();
    }
}
