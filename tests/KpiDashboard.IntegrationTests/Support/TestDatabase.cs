using KpiDashboard.Ingestion;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>A real SQLite file in a temporary folder, migrated, with the same services the command line uses.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestDatabase(string path)
    {
        Path = path;
        ConnectionString = KpiDatabase.ConnectionStringForFile(path);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Kpi"] = ConnectionString })
            .Build();
        _services = new ServiceCollection().AddKpiMetrics(configuration).AddKpiIngestion().BuildServiceProvider();
    }

    public string Path { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kpi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new TestDatabase(System.IO.Path.Combine(folder, "kpi.db"));
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return database;
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    /// <summary>Runs one service call in its own scope, as one `kpi` invocation would.</summary>
    public async Task<TResult> With<TService, TResult>(Func<TService, Task<TResult>> call) where TService : notnull
    {
        await using var scope = Scope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public KpiDbContext Open() => KpiDatabase.Open(ConnectionString);

    /// <summary>Every row of every table, as text: equal dumps mean equal content.</summary>
    public async Task<string> DumpAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await select.ExecuteReaderAsync();
            dump.AppendLine(table);
            while (await reader.ReadAsync())
            {
                for (int i = 0; i < reader.FieldCount; i++) dump.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i)).Append('|');
                dump.AppendLine();
            }
        }
        return dump.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true); } catch (IOException) { }
    }
}
