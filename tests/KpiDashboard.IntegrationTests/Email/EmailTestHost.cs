using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Reporting.Excel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>
/// The e-mail services over a real SQLite file (migrated, demo data loaded as of August 2025) and a loopback SMTP server,
/// on a fake clock. Several hosts may share one database file, as two app instances would.
/// </summary>
internal sealed class EmailTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset August2025 = new(2025, 8, 10, 3, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider provider;
    private readonly bool ownsDatabase;

    /// <summary>The test database (SQLite or PostgreSQL, as the run says); pass it to a second host to share it.</summary>
    public TestDatabase Database { get; }
    public FakeTimeProvider Time { get; }
    public IServiceProvider Services => provider;
    /// <summary>What this host logged.</summary>
    public LogSink Logs { get; } = new();

    private EmailTestHost(TestDatabase database, int smtpPort, FakeTimeProvider time, bool ownsDatabase, bool attachForm, string? keyFile,
        IReadOnlyDictionary<string, string?>? settings)
    {
        Database = database;
        Time = time;
        this.ownsDatabase = ownsDatabase;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "KpiDashboard <bao-cao@kpi.example.vn>",
            ["Smtp:TimeoutSeconds"] = "10",
            ["Dashboard:BaseUrl"] = "https://kpi.example.vn/",
            ["Summaries:UnsubscribeKey"] = keyFile is null ? Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7 + 1)).ToArray()) : null,
            ["Summaries:KeyFile"] = keyFile,
            ["Summaries:Lease"] = "00:10:00",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddKpiMetrics(configuration)
            .AddKpiIngestion()
            .AddKpiEmail(configuration)
            .AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(configuration);
        // The real official form from the report factory (OfficialForm.AttachAsync), or none at all.
        if (attachForm) services.AddKpiExcelReports(configuration);
        else services.AddSingleton<Form06Attachment>((_, _, _, _, _, _) => Task.FromResult<MailAttachment?>(null));
        services.AddSingleton<SummaryScheduler>();
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <param name="settings">Configuration over the defaults (short database waits, a short lease, a short SMTP timeout).</param>
    public static async Task<EmailTestHost> CreateAsync(int smtpPort, TestDatabase? shared = null, bool attachForm = true, DateTimeOffset? now = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = shared ?? await TestDatabase.CreateAsync();
        var host = new EmailTestHost(database, smtpPort, new FakeTimeProvider(now ?? August2025), shared is null, attachForm, null, settings);
        if (shared is null)
        {
            await using var scope = host.provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
        }
        return host;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<Subscription> SubscribeAsync(string email, string name, string scope, string lang = "vi") =>
        WithScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<SubscriptionService>().SaveAsync(new SubscriptionService.Input(email, name, scope, lang));
            return result.Subscription ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
        });

    public Task<int> EnqueueAsync(string period) =>
        WithScopeAsync(sp => sp.GetRequiredService<SummaryOutbox>().EnqueueAsync(Metrics.Periods.Period.Parse(period).First));

    public Task<OutboxRun> ProcessAsync() => WithScopeAsync(sp => sp.GetRequiredService<SummaryOutbox>().ProcessAsync());

    /// <summary>
    /// Moves this host's clock on by <paramref name="step"/> until <paramref name="run"/> ends, for a run that waits on that
    /// clock (the outbox retrying a recording); the short real pause lets the run reach its next wait.
    /// </summary>
    public async Task<T> MoveClockUntilDoneAsync<T>(Task<T> run, TimeSpan step)
    {
        for (var i = 0; !run.IsCompleted; i++)
        {
            if (i == 2000) throw new TimeoutException("the run did not end while the clock moved on");
            Time.Advance(step);
            await Task.WhenAny(run, Task.Delay(50));
        }
        return await run;
    }

    /// <summary>Waits until this host has logged <paramref name="text"/>; fails if <paramref name="run"/> ends first.</summary>
    public async Task WaitForLogAsync(string text, Task run)
    {
        for (var i = 0; !Logs.Contains(text); i++)
        {
            if (run.IsCompleted)
            {
                await run;
                throw new InvalidOperationException($"The run ended without logging \"{text}\".");
            }
            if (i == 2000) throw new TimeoutException($"Nothing logged \"{text}\".");
            await Task.Delay(50);
        }
    }

    public Task<List<OutboxMessage>> OutboxAsync() => WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<KpiDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.OutboxMessages).OrderBy(m => m.Id));
    });

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        if (ownsDatabase) await Database.DisposeAsync();
    }
}
