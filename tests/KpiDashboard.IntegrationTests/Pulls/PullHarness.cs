using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>
/// The pull services on a fresh migrated test database (SQLite or PostgreSQL), with one source per path of the loopback
/// server. Sources get a generous timeout, so that a busy machine cannot turn an answer into a timeout; a test of a
/// server that never answers, or answers too slowly, sets <see cref="ShortTimeout"/>.
/// </summary>
internal sealed class PullHarness : IAsyncDisposable
{
    public const string GenerousTimeoutSeconds = "120";

    /// <summary>The first source's timeout lowered to one second, for a server that never answers within it.</summary>
    public static Dictionary<string, string?> ShortTimeout(Dictionary<string, string?>? extra = null) =>
        new(extra ?? []) { ["Pulls:Sources:0:TimeoutSeconds"] = "1" };

    private TestDatabase _database = null!;
    public ServiceProvider Services { get; private set; } = null!;

    public static Task<PullHarness> StartAsync(LoopbackServer server, int retries = 1, params (string Name, string Path, string Format)[] sources) =>
        StartAsync(server, retries, new Dictionary<string, string?>(), sources);

    public static async Task<PullHarness> StartAsync(LoopbackServer server, int retries, Dictionary<string, string?> extra, params (string Name, string Path, string Format)[] sources) =>
        await StartAsync(server, retries, extra, null, sources);

    public static async Task<PullHarness> StartAsync(LoopbackServer server, int retries, Dictionary<string, string?> extra, TimeProvider? time,
        params (string Name, string Path, string Format)[] sources)
    {
        var harness = new PullHarness { _database = await TestDatabase.CreateAsync() };
        var settings = new Dictionary<string, string?>(harness._database.Settings)
        {
            ["Pulls:RetryCount"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Pulls:RetryDelaySeconds"] = "0.01",
        };
        for (var i = 0; i < sources.Length; i++)
        {
            settings[$"Pulls:Sources:{i}:Name"] = sources[i].Name;
            settings[$"Pulls:Sources:{i}:Url"] = server.Url(sources[i].Path);
            settings[$"Pulls:Sources:{i}:Format"] = sources[i].Format;
            settings[$"Pulls:Sources:{i}:TimeoutSeconds"] = GenerousTimeoutSeconds;
        }
        foreach (var (key, value) in extra) settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddKpiMetrics(configuration).AddKpiIngestion().AddKpiPulls(configuration);
        if (time is not null) services.AddSingleton(time);
        harness.Services = services.BuildServiceProvider();
        await using var scope = harness.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return harness;
    }

    public async Task<PullResult> PullAsync(string name)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PullService>().PullAsync(name, CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<KpiDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KpiDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
