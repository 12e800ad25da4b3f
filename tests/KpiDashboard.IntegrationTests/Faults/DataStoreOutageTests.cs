using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Faults;

/// <summary>
/// The database goes away under a running app: pages answer 503 with Retry-After and a page saying the data store is
/// unavailable, /api answers 503 with Retry-After and problem details, and the app serves again when the database is
/// back, without a restart. Starting with the database unusable is one sentence and exit code 1, not an abort.
/// Only loopback: the PostgreSQL cluster is the test's own, "unreachable" is a closed port on 127.0.0.1.
/// </summary>
public sealed class DataStoreOutageTests
{
    private const string Unavailable = "Kho dữ liệu tạm thời không truy cập được";

    private static WebApplicationFactory<Program> App(IReadOnlyDictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Startup:UnitsFile", "");
            b.UseSetting("Startup:LoadDemoData", "false");
            b.UseSetting("Security:PublicReadOnly", "true");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    private static async Task<HttpClient> TokenClientAsync(WebApplicationFactory<Program> app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("outage", Roles.Admin, [], "test");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);
        return client;
    }

    private static StringContent Figures() => new(Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n", Encoding.UTF8, "text/csv");

    private static async Task AssertApi503Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":503", body);
        Assert.Contains("the data store is unavailable", body, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task AssertPage503Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(Unavailable, html);
        Assert.Contains("The data store is unavailable", html);
    }

    [Fact]
    public async Task Postgres_stopped_gives_503s_and_started_again_serves_without_a_restart()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var app = App(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres", ["ConnectionStrings:Kpi"] = connectionString + ";Timeout=5",
        });
        var client = await TokenClientAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/figures?period=2025-07")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?period=2025-07")).StatusCode);

        await postgres.StopAsync();
        // A page the cache does not hold (a kept page may still be served for up to a second after the outage begins).
        await AssertPage503Async(await client.GetAsync("/?period=2025-06"));
        await AssertApi503Async(await client.GetAsync("/api/figures?period=2025-07"));
        await AssertApi503Async(await client.PostAsync("/api/ingest?name=figures.csv", Figures()));

        await postgres.StartAgainAsync();
        // Connections the pool held across the outage are found broken on first use and replaced: a bounded few tries.
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 5 && status != HttpStatusCode.OK; attempt++)
            status = (await client.GetAsync("/?period=2025-07")).StatusCode;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/figures?period=2025-07")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/ingest?name=figures.csv", Figures())).StatusCode);
    }

    [Fact, Trait("Database", "Sqlite")]
    public async Task A_sqlite_database_locked_past_the_busy_timeout_gives_503_then_serves_once_released()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = App(new Dictionary<string, string?>(db.Settings) { ["Database:SqliteBusyTimeoutSeconds"] = "1" });
        var client = await TokenClientAsync(app);
        await using (var holder = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                await begin.ExecuteNonQueryAsync();
            }
            await AssertApi503Async(await client.PostAsync("/api/ingest?name=figures.csv", Figures()));
        }
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/ingest?name=figures.csv", Figures())).StatusCode);
    }

    [Fact]
    public async Task Starting_with_postgres_unreachable_exits_1_with_one_sentence()
    {
        var port = ThrowawayPostgres.FreePort();
        var run = await StartWebAsync(("Database__Provider", "Postgres"),
            ("ConnectionStrings__Kpi", $"Host=127.0.0.1;Port={port};Database=kpi;Username=kpi;Password=s3cret-word;Timeout=3"));
        FaultFiles.AssertOneSentence(run, $"PostgreSQL 127.0.0.1:{port}/kpi", "check that the database server is running");
        Assert.DoesNotContain("s3cret-word", run.Error);
    }

    [Fact]
    public async Task Starting_on_a_file_that_is_not_a_database_exits_1_with_one_sentence()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpi-faults", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "kpi.db");
            await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251)).ToArray());
            var run = await StartWebAsync(("Database__Provider", "Sqlite"), ("ConnectionStrings__Kpi", $"Data Source={path}"));
            FaultFiles.AssertOneSentence(run, path, "restore a backup with kpi restore");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The real web app as `dotnet KpiDashboard.Web.dll` would run it in production.</summary>
    private static Task<Processes.Run> StartWebAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KpiDashboard.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Startup__UnitsFile"] = "";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Processes.RunAsync(start);
    }
}
