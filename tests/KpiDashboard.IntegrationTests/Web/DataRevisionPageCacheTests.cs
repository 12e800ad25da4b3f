using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KpiDashboard.Ingestion.History;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.IntegrationTests.History;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>
/// Writes that change what a page shows without a batch change the data version: a kept page and its ETag are not
/// served after them. Through the instance itself at once; from another process (`kpi`, another instance) once the
/// instance's second of trust in the version it read is over.
/// </summary>
public sealed class DataRevisionPageCacheTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private PageCacheApp _app = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task StartAsync(bool approvedOnly = false)
    {
        _app = new PageCacheApp(_db, PageCacheApp.NewClock());
        _app.Settings["Dashboard:PublishApprovedOnly"] = approvedOnly ? "true" : "false";
        await _app.StartWithCommunesAsync();
        await _app.IngestCommuneFiguresAsync();
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? etag = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotModified, $"{url}: {response.StatusCode}");
        return response;
    }

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>Reads the page twice (the second from the cache) and returns its ETag and HTML.</summary>
    private static async Task<(string ETag, string Html)> KeptAsync(HttpClient client, string url)
    {
        var first = await GetAsync(client, url);
        var again = await GetAsync(client, url);
        Assert.True(FromCache(again));
        return (first.Headers.ETag!.ToString(), await first.Content.ReadAsStringAsync());
    }

    /// <summary>The page is built again: not from the cache, a new ETag, and the old one no longer answered with 304.</summary>
    private static async Task<string> RebuiltAsync(HttpClient client, string url, string oldETag)
    {
        var after = await GetAsync(client, url, oldETag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(FromCache(after));
        Assert.NotEqual(oldETag, after.Headers.ETag!.ToString());
        return await after.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_fields_import_by_another_process_shows_once_the_second_is_over()
    {
        await StartAsync();
        var client = _app.RawClient();
        const string renamed = "Tần số vô tuyến điện (đổi tên)";
        var (etag, html) = await KeptAsync(client, PageCacheApp.ProvincePage);
        Assert.DoesNotContain(renamed, html);

        var csv = $"code,name_vi,name_en\nTSVTD,{renamed},Radio frequencies (renamed)\n";
        var import = await _db.With<FieldImport, FieldImport.Outcome>(f => f.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        Assert.Equal(1, import.Updated);

        // Within the second the instance read the version in, it still serves what it kept.
        _app.Clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.True(FromCache(await GetAsync(client, PageCacheApp.ProvincePage)));
        _app.Clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Contains(renamed, await RebuiltAsync(client, PageCacheApp.ProvincePage, etag));

        // The same list again changes nothing, so the kept page stays.
        Assert.True(FromCache(await GetAsync(client, PageCacheApp.ProvincePage)));
        var same = await _db.With<FieldImport, FieldImport.Outcome>(f => f.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv))));
        Assert.Equal((0, 0), (same.Inserted, same.Updated));
        _app.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(FromCache(await GetAsync(client, PageCacheApp.ProvincePage)));
    }

    [Fact]
    public async Task A_link_correction_through_the_instance_shows_at_once_and_through_kpi_within_the_second()
    {
        await StartAsync();
        await HistoryUnits.ImportAsync(_db);
        var client = _app.RawClient();
        var (etag, _) = await KeptAsync(client, PageCacheApp.ProvincePage);

        // As /admin/units does: this instance's own write, no clock needed.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var (links, problems) = await scope.ServiceProvider.GetRequiredService<UnitLinkCorrection>()
                .ApplyAsync(new UnitLinkCorrection.Request("commune", "30622", ["30604", "30292"], "admin@kpi.invalid"));
            Assert.Empty(problems);
            Assert.Equal(2, links.Count);
        }
        await RebuiltAsync(client, PageCacheApp.ProvincePage, etag);
        (etag, _) = await KeptAsync(client, PageCacheApp.ProvincePage);

        // As `kpi units link` does, in another process: seen when the instance reads the version again.
        var (_, refused) = await _db.With<UnitLinkCorrection, (IReadOnlyList<Metrics.Entities.UnitLink>, IReadOnlyList<(string, string)>)>(
            c => c.ApplyAsync(new UnitLinkCorrection.Request("commune", "30622", ["30604"], "admin@kpi.invalid")));
        Assert.Empty(refused);
        Assert.True(FromCache(await GetAsync(client, PageCacheApp.ProvincePage)));
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        await RebuiltAsync(client, PageCacheApp.ProvincePage, etag);

        await using var context = _db.Open();
        Assert.Equal(2, await context.DataRevisions.CountAsync(r => r.Kind == Metrics.Entities.DataRevision.UnitLink));
    }

    [Fact]
    public async Task An_approval_by_kpi_shows_the_approved_figures_to_the_public_within_the_second()
    {
        await StartAsync(approvedOnly: true);
        var client = _app.RawClient();
        var (etag, html) = await KeptAsync(client, PageCacheApp.ProvincePage);
        Assert.Equal("—", Html.Tile(html, "received"));

        var outcome = await _db.With<SubmissionApproval, SubmissionOutcome>(a => a.ActAsync(SubmissionAction.Approve,
            WebFixture.CommuneTanHoa, null, new Month(2025, 6), null, "approver@phutho.invalid"));
        Assert.True(outcome.Succeeded);

        Assert.Equal("—", Html.Tile(await (await GetAsync(client, PageCacheApp.ProvincePage)).Content.ReadAsStringAsync(), "received"));
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        // Tân Hòa's 12 + 8 received, the only approved report.
        Assert.Equal("20", Html.Tile(await RebuiltAsync(client, PageCacheApp.ProvincePage, etag), "received"));
    }
}
