using System.Data.Common;
using KpiDashboard.Cli;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// A fresh, migrated database per test (a copy of <see cref="MigratedTemplate"/>), with the same services the command line uses: a SQLite file in a temporary
/// folder, or a new PostgreSQL database, as <see cref="TestProvider"/> says. Folder is a temporary folder either way.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _postgresName;
    private readonly IReadOnlyDictionary<string, string?> _extra;

    private TestDatabase(string folder, DatabaseProvider provider, string connectionString, string? postgresName, IReadOnlyDictionary<string, string?>? extra)
    {
        Folder = folder;
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
        _extra = extra ?? new Dictionary<string, string?>();
        _services = new ServiceCollection().AddKpiCommandServices(Configuration()).BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string Folder { get; }

    /// <summary>The SQLite file (SQLite only): what `kpi --db` takes.</summary>
    public string Path => Provider == DatabaseProvider.Sqlite
        ? System.IO.Path.Combine(Folder, "kpi.db")
        : throw new InvalidOperationException("A PostgreSQL test database has no file.");

    /// <summary>The configuration a host needs to use this database (Database:Provider and ConnectionStrings:Kpi).</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Kpi"] = ConnectionString,
        // Tests point the app at their own file, not the default path.
        ["Database:CreateIfMissing"] = "true",
    };

    public IConfiguration Configuration(IDictionary<string, string?>? extra = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(Settings).AddInMemoryCollection(_extra)
            .AddInMemoryCollection(extra ?? new Dictionary<string, string?>()).Build();

    public static Task<TestDatabase> CreateAsync() => CreateAsync(TestProvider.Current);

    /// <summary>A database whose services read these settings too (for example Reporting:Window).</summary>
    public static Task<TestDatabase> CreateAsync(IReadOnlyDictionary<string, string?> settings) => CreateAsync(TestProvider.Current, settings: settings);

    /// <param name="migration">Stop at this migration (for upgrade tests) instead of the latest.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string? migration = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kpi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        TestDatabase database;
        if (provider == DatabaseProvider.Postgres)
        {
            var name = "kpi_test_" + Guid.NewGuid().ToString("N");
            var template = migration is null ? await MigratedTemplate.PostgresNameAsync() : "template0";
            await using (var admin = new NpgsqlConnection(TestProvider.PostgresServer))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE \"{template}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
            var connectionString = new NpgsqlConnectionStringBuilder(TestProvider.PostgresServer) { Database = name }.ToString();
            database = new TestDatabase(folder, provider, connectionString, name, settings);
        }
        else
        {
            var file = System.IO.Path.Combine(folder, "kpi.db");
            if (migration is null) File.Copy(await MigratedTemplate.SqliteFileAsync(), file);
            database = new TestDatabase(folder, provider, KpiDatabase.ConnectionStringForFile(file), null, settings);
        }
        if (migration is not null)
        {
            await using var scope = database.Scope();
            await scope.ServiceProvider.GetRequiredService<KpiDbContext>().GetService<IMigrator>().MigrateAsync(migration);
        }
        return database;
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    /// <summary>The command line's services with some replaced (a logger to read, a clock), for one test to dispose.</summary>
    public ServiceProvider Services(Action<IServiceCollection> replace)
    {
        var services = new ServiceCollection().AddKpiCommandServices(Configuration());
        replace(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Runs one service call in its own scope, as one `kpi` invocation would.</summary>
    public async Task<TResult> With<TService, TResult>(Func<TService, Task<TResult>> call) where TService : notnull
    {
        await using var scope = Scope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public KpiDbContext Open() => KpiDatabase.Open(Provider, ConnectionString);

    /// <summary>Every row of every table, as text: equal dumps mean equal content.</summary>
    public async Task<string> DumpAsync()
    {
        await using var context = Open();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = Provider == DatabaseProvider.Postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new System.Text.StringBuilder();
                for (int i = 0; i < reader.FieldCount; i++) row.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i)).Append('|');
                rows.Add(row.ToString());
            }
            // Sorted whole: ORDER BY a first column that repeats (a unit code before and after the merger) left ties in
            // the server's order, which PostgreSQL does not keep from one query to the next.
            rows.Sort(StringComparer.Ordinal);
            dump.AppendLine(table);
            foreach (var row in rows) dump.AppendLine(row);
        }
        return dump.ToString();
    }

    /// <summary>A raw connection, for tests that look under the model (counts, locks).</summary>
    public DbConnection Connect() => Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestProvider.PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
