using System.Net;
using KpiDashboard.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>
/// When the second of trust in the data version is over, the requests in flight wait for one read of it instead of
/// each sending the statement (issue 17: on 2.4 M facts sixteen copies of it at once held every page for tens of ms).
/// </summary>
public sealed class DataVersionReadTests : IAsyncLifetime
{
    private const int Requests = 8;
    private readonly VersionReadGate _gate = new();
    private TestDatabase _db = null!;
    private PageCacheApp _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _app = new PageCacheApp(_db, PageCacheApp.NewClock()) { TestServices = s => s.AddSingleton<ILoggerProvider>(_gate) };
        _app.Settings.Add(RequestCommandLog.Setting.Key, RequestCommandLog.Setting.Value);
        await _app.StartWithCommunesAsync();
        await _app.IngestCommuneFiguresAsync();
    }

    public async Task DisposeAsync()
    {
        _gate.Release();
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Requests_that_arrive_while_the_version_is_read_wait_for_that_one_read()
    {
        var client = _app.RawClient();
        var kept = await client.GetStringAsync(PageCacheApp.ProvincePage);
        var before = _gate.Reads;
        Assert.True(before >= 1);

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        _gate.Hold();
        var pages = Enumerable.Range(1, Requests).Select(i => client.GetAsync($"{PageCacheApp.ProvincePage}&miss={i}")).ToList();
        // Each request that sent its own read would be seen here; one read stays one however long we wait.
        await _gate.WaitForReadsAsync(before + Requests, TimeSpan.FromSeconds(3));
        Assert.Equal(before + 1, _gate.Reads);
        _gate.Release();

        foreach (var response in await Task.WhenAll(pages))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Html.Tile(kept, "received"), Html.Tile(await response.Content.ReadAsStringAsync(), "received"));
        }
        Assert.Equal(before + 1, _gate.Reads);
        // The reading is kept for the rest of the second: the page again reads nothing.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PageCacheApp.ProvincePage)).StatusCode);
        Assert.Equal(before + 1, _gate.Reads);
    }

    /// <summary>Counts the data version's statements (EF's executed-command log) and, while held, keeps each one from
    /// returning: the read stays under way.</summary>
    private sealed class VersionReadGate : ILoggerProvider, ILogger
    {
        private const int CommandExecuted = 20101;
        private readonly ManualResetEventSlim _open = new(true);
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public void Hold() => _open.Reset();

        public void Release() => _open.Set();

        public async Task WaitForReadsAsync(int reads, TimeSpan atMost)
        {
            var until = DateTime.UtcNow + atMost;
            while (Reads < reads && DateTime.UtcNow < until) await Task.Delay(20);
        }

        public ILogger CreateLogger(string categoryName) =>
            categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != CommandExecuted || !formatter(state, exception).Contains("AS \"Revision\" FROM \"Batches\"", StringComparison.Ordinal)) return;
            Interlocked.Increment(ref _reads);
            _open.Wait(TimeSpan.FromSeconds(30));
        }

        public void Dispose()
        {
        }
    }
}
