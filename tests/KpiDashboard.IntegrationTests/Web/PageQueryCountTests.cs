using System.Net;
using KpiDashboard.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>
/// How many statements a page sends when the page cache misses it (issue 17: one round trip where a page needs several
/// sums; the overview sent 12, a province page 21). Each bound is what the page sends now, so a page that reads the
/// same sums twice again fails here. The data version's own statement (read at most once a second) is not counted; the
/// app's clock stands still, so after the first request it is not read again.
/// </summary>
public sealed class PageQueryCountTests : IAsyncLifetime
{
    private readonly RequestCommandLog _log = new();
    private TestDatabase _db = null!;
    private PageCacheApp _app = null!;
    private int _miss;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _app = new PageCacheApp(_db, PageCacheApp.NewClock()) { TestServices = s => s.AddSingleton<ILoggerProvider>(_log) };
        _app.Settings.Add(RequestCommandLog.Setting.Key, RequestCommandLog.Setting.Value);
        await _app.StartWithCommunesAsync();
        await _app.IngestCommuneFiguresAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [InlineData("/?period=2025-12", 4)]
    [InlineData("/provinces/25?period=2025-12", 8)]
    [InlineData("/fields/TSVTD?period=2025-12", 3)]
    [InlineData("/communes/04792?period=2025-12", 5)]
    [InlineData("/ranking?period=2025-12", 3, false)]
    // A month before July 2025 also asks whether the old units are linked (once a request).
    [InlineData("/?period=2025-06", 5)]
    [InlineData("/provinces/25?period=2025-06", 9)]
    [InlineData("/communes/04792?period=2025-06", 6)]
    public async Task A_page_that_misses_the_cache_sends_at_most_so_many_statements(string page, int most, bool tiles = true)
    {
        // The first request of a page fills what is kept across requests (the units, the data range, the drawn map).
        await MissAsync(page);
        var sent = await MissAsync(page);
        var counted = sent.Where(sql => !sql.Contains("FROM \"Batches\"", StringComparison.Ordinal)).ToList();
        Assert.True(counted.Count <= most, $"{page} sent {counted.Count} statements (at most {most}):\n{string.Join("\n---\n", counted)}");
        // The page's sums are read, not skipped: the tiles' periods and levels in one statement.
        if (tiles) Assert.Contains(counted, sql => sql.Contains("\"CommuneLevel\"", StringComparison.Ordinal) && sql.Contains("CASE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sums_a_page_shows_in_a_table_a_chart_and_a_map_are_read_once()
    {
        await MissAsync("/?period=2025-12");
        var sent = await MissAsync("/?period=2025-12");
        // The provinces' sums: the table, the ranking chart and the map.
        Assert.Single(sent, sql => sql.Contains("\"ProvinceCode\" AS \"Key\"", StringComparison.Ordinal));
        await MissAsync("/provinces/25?period=2025-12");
        sent = await MissAsync("/provinces/25?period=2025-12");
        // The fields' sums: the table and the chart.
        Assert.Single(sent, sql => sql.Contains("\"FieldCode\" AS \"Key\"", StringComparison.Ordinal));
    }

    /// <summary>The page at an address never asked before (so built, not served from the page cache), and what it sent.</summary>
    private async Task<IReadOnlyList<string>> MissAsync(string page)
    {
        var address = $"{page}&miss={++_miss}";
        var response = await _app.RawClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        return _log.Of(address);
    }
}
