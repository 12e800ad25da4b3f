using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Ingestion.Bench;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Scale;

/// <summary>
/// The dashboard under continuous load over real HTTP while large batches are written and rolled back: by `kpi` in a
/// process of its own, and through the API in the app's own process. Every request is answered, the app logs no
/// failure, and the pages then show the new figures.
/// </summary>
public sealed class IngestUnderLoadTests
{
    // Before the demo data, which starts in January 2024: this month holds only what the test writes.
    private static readonly Month January2023 = new(2023, 1);

    [Fact]
    public async Task Every_request_is_answered_while_large_batches_are_written_and_rolled_back()
    {
        await using var db = await TestDatabase.CreateAsync();
        var communes = await ImportCommunesAsync(db);
        // 3,321 communes × 7 fields = 23,247 rows each; the second file changes every value of the first.
        var firstFile = await GenerateAsync(db, communes, "first.csv", seed: 1);
        var secondFile = await GenerateAsync(db, communes, "second.csv", seed: 2);
        await using var app = new LoopbackApp(db, new Dictionary<string, string?>
        {
            ["Security:PublicReadOnly"] = "true",
            ["Security:ApiPermitsPerMinute"] = "1000000",
        });
        app.Start();
        var token = await TokenAsync(app);
        var commune = communes.First(c => c.ProvinceCode == "25").Code;
        string[] urls =
        [
            "/", "/?period=2023-01", "/provinces/25?period=2023-01", "/ranking?period=2023-01", $"/communes/{commune}?period=2023-01",
            "/charts/ranking.png?period=2023-01", "/charts/trend.png?province=25&period=2023-01", "/api/figures?period=2023-01&province=25",
        ];

        await using var load = DashboardLoad.Start(app.BaseAddress, token, urls, clients: 4);
        var ingest = await load.DuringAsync("kpi ingest", () => KpiProcess.RunAsync(db, "ingest", firstFile, "--json"));
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Equal(23_247, JsonDocument.Parse(ingest.Out).RootElement.GetProperty("inserted").GetInt32());
        var upload = await load.DuringAsync("POST /api/ingest", () => UploadAsync(app, token, secondFile));
        Assert.Equal(23_247, upload.GetProperty("updated").GetInt32());
        var second = upload.GetProperty("batch_id").GetInt32().ToString(CultureInfo.InvariantCulture);
        var rollback = await load.DuringAsync("kpi batches rollback", () => KpiProcess.RunAsync(db, "batches", "rollback", second));
        Assert.True(rollback.ExitCode == 0, rollback.Error);
        var (failures, phases) = await load.StopAsync();

        Assert.Empty(failures);
        Assert.All(phases, phase => Assert.True(phase.Overlapping > 0, $"no request was in flight during {phase.Name}"));
        Assert.Empty(app.Log.Failures);
        if (db.Provider == DatabaseProvider.Sqlite) await AssertSharedFileSettingsAsync(app);

        // The pages show the first file's figures: its batch stands, the second was rolled back. The rollback ran in
        // another process, which this app sees once its data version is a second old (Dashboard:DataVersionSeconds).
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        using var client = app.HttpClient();
        var phuTho = Received(firstFile, "2023-01", "25");
        var api = new HttpRequestMessage(HttpMethod.Get, "/api/figures?period=2023-01&province=25");
        api.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var json = JsonDocument.Parse(await (await client.SendAsync(api)).Content.ReadAsStringAsync());
        Assert.Equal(phuTho, json.RootElement.GetProperty("figures").GetProperty("received").GetInt64());
        Assert.Equal(Count(phuTho), Html.Tile(await client.GetStringAsync("/provinces/25?period=2023-01"), "received"));
        Assert.Equal(Count(Received(firstFile, "2023-01", null)), Html.Tile(await client.GetStringAsync("/?period=2023-01"), "received"));
    }

    /// <summary>What lets SQLite readers and a writer share the file: WAL (kept in the file) and a busy timeout.</summary>
    private static async Task AssertSharedFileSettingsAsync(LoopbackApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connection = (SqliteConnection)scope.ServiceProvider.GetRequiredService<KpiDbContext>().Database.GetDbConnection();
        Assert.Equal(new DatabaseOptions().SqliteBusyTimeoutSeconds, connection.DefaultTimeout);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    private static async Task<List<Commune>> ImportCommunesAsync(TestDatabase db)
    {
        await using (var units = File.OpenRead(RepositoryPaths.SharedData("vn-admin-units-2025.json")))
            Assert.Empty((await db.With<UnitImport, UnitImport.Outcome>(import => import.ImportAsync(units))).Errors);
        await using var context = db.Open();
        return await context.Communes.AsNoTracking().OrderBy(c => c.Code).ToListAsync();
    }

    private static async Task<string> GenerateAsync(TestDatabase db, IReadOnlyList<Commune> communes, string name, ulong seed)
    {
        var path = Path.Combine(db.Folder, name);
        await using var writer = new StreamWriter(path);
        await new SyntheticFigures(communes, 7, January2023, 1, seed).WriteAsync(writer, CancellationToken.None);
        return path;
    }

    private static async Task<string> TokenAsync(LoopbackApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("load", Roles.Analyst, [], "test")).Secret;
    }

    private static async Task<JsonElement> UploadAsync(LoopbackApp app, string token, string file)
    {
        using var client = app.HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.PostAsync("/api/ingest?name=second.csv", new ByteArrayContent(await File.ReadAllBytesAsync(file)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Received (online + offline) in a file, for a month and a province or the nation.</summary>
    private static long Received(string file, string period, string? province) => File.ReadLines(file).Skip(1)
        .Select(line => line.Split(','))
        .Where(f => f[0] == period && (province is null || f[1] == province))
        .Sum(f => long.Parse(f[4], CultureInfo.InvariantCulture) + long.Parse(f[5], CultureInfo.InvariantCulture));

    private static string Count(long value) => VietnameseFormat.Count(new Quantity(value, true));
}
