using System.Net;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>/health/live answers while the process runs; /health/ready (and /health) only while the database does.</summary>
public sealed class HealthTests
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["Startup:LoadDemoData"] = "false" };

    private static async Task<HttpStatusCode> GetAsync(LoopbackApp app, string path)
    {
        using var client = app.HttpClient();
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    [Fact]
    public async Task Ready_is_503_while_the_database_is_down_and_live_stays_200()
    {
        await using var db = await TestDatabase.CreateAsync();
        LoopbackTcpProxy? proxy = null;
        var settings = new Dictionary<string, string?>(Quiet);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            // The app reaches PostgreSQL through a relay that the test can stop: the server going down.
            var server = new NpgsqlConnectionStringBuilder(db.ConnectionString);
            proxy = new LoopbackTcpProxy(server.Host!, server.Port);
            settings["ConnectionStrings:Kpi"] = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port }.ToString();
        }
        await using (proxy)
        await using (var app = new LoopbackApp(db, settings))
        {
            app.Start();
            foreach (var path in new[] { "/health/live", "/health/ready", "/health" })
                Assert.Equal(HttpStatusCode.OK, await GetAsync(app, path));

            if (proxy is not null) await proxy.StopAsync();
            else File.Move(db.Path, db.Path + ".away");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, await GetAsync(app, "/health/ready"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await GetAsync(app, "/health"));
            Assert.Equal(HttpStatusCode.OK, await GetAsync(app, "/health/live"));
            if (proxy is null) Assert.False(File.Exists(db.Path), "the health check created a new database file");
        }
    }

    [Fact, Trait("Database", "Sqlite")]
    public async Task Ready_is_503_once_quick_check_finds_a_damaged_sqlite_file()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var csv = Path.Combine(db.Folder, "figures.csv");
        await File.WriteAllTextAsync(csv, Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        Assert.Equal(0, (await Cli.KpiProcess.RunAsync(db, "ingest", csv)).ExitCode);
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero));
        await using var app = new LoopbackApp(db, Quiet, clock);
        app.Start();
        Assert.Equal(HttpStatusCode.OK, await GetAsync(app, "/health/ready"));

        SqliteDamage.CorruptIndex(db.Path, KpiDatabase.NaturalKeyIndex, fromMiddle: false);
        SqliteConnection.ClearAllPools();
        // The result of quick_check is kept for a minute.
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await GetAsync(app, "/health/ready"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(app, "/health/live"));
        Assert.Contains(app.Log.Entries, e => e.Message.Contains("quick_check", StringComparison.Ordinal));
    }
}
