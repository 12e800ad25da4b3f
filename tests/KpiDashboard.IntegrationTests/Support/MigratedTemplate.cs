using System.Collections.Concurrent;
using KpiDashboard.Cli;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// Migrating takes far longer than copying, so each provider's database is migrated once per run and every test
/// database is a copy of it: a copied file for SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL.
/// </summary>
public static class MigratedTemplate
{
    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<string>>> Templates = new();

    /// <summary>The migrated SQLite file to copy.</summary>
    public static Task<string> SqliteFileAsync() => Get(DatabaseProvider.Sqlite);

    /// <summary>The name of the migrated PostgreSQL database to use as a template.</summary>
    public static Task<string> PostgresNameAsync() => Get(DatabaseProvider.Postgres);

    private static Task<string> Get(DatabaseProvider provider) =>
        Templates.GetOrAdd(provider, p => new Lazy<Task<string>>(() => p == DatabaseProvider.Postgres ? CreatePostgresAsync() : CreateSqliteAsync())).Value;

    private static async Task<string> CreateSqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpi-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(folder, recursive: true); } catch (IOException) { } };
        var file = Path.Combine(folder, "kpi.db");
        var connectionString = KpiDatabase.ConnectionStringForFile(file);
        await MigrateAsync(DatabaseProvider.Sqlite, connectionString);
        // The copy is of the main file alone: everything must be in it, none left in the write-ahead log.
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        return file;
    }

    private static async Task<string> CreatePostgresAsync()
    {
        var name = "kpi_template_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(TestProvider.PostgresServer))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", admin);
            await create.ExecuteNonQueryAsync();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropPostgres(name);
        // No pooled connection may stay open on a template: PostgreSQL refuses to copy a database in use.
        var connectionString = new NpgsqlConnectionStringBuilder(TestProvider.PostgresServer) { Database = name, Pooling = false }.ToString();
        await MigrateAsync(DatabaseProvider.Postgres, connectionString);
        return name;
    }

    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Kpi"] = connectionString,
            ["Database:CreateIfMissing"] = "true",
        }).Build();
        await using var services = new ServiceCollection().AddKpiCommandServices(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    private static void DropPostgres(string name)
    {
        try
        {
            using var admin = new NpgsqlConnection(TestProvider.PostgresServer);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException) { } // the server went first: nothing left to tidy
    }
}
