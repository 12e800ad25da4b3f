using System.Globalization;
using System.Net;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>
/// Dashboard:PublishApprovedOnly on a public read-only dashboard: a reader who is not signed in sees only approved
/// figures on pages, charts and maps (as <see cref="FigureQuery.OnlyApproved"/> sums them) and is told so; a signed-in
/// officer sees everything; an approval changes what the public sees; with the setting off nothing changes.
/// </summary>
public sealed class ApprovedOnlyPublishingTests : IAsyncLifetime
{
    private const string Notice = "Chỉ số liệu đã được phê duyệt";
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly Period June = Period.Parse("2025-06");
    private TestDatabase _db = null!;
    private PageCacheApp _app = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task StartAsync(bool approvedOnly)
    {
        _app = new PageCacheApp(_db, PageCacheApp.NewClock());
        _app.Settings["Dashboard:PublishApprovedOnly"] = approvedOnly ? "true" : "false";
        await _app.StartWithCommunesAsync();
        await _app.IngestCommuneFiguresAsync();
    }

    private Task<HttpClient> OfficerAsync() => SignedInAsync(Who.Officer25);

    private async Task<HttpClient> SignedInAsync(Who who)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (email, password) = SecurityFixture.Credentials(who);
        await SecurityFixture.SignInAsync(client, email, password);
        return client;
    }

    private static readonly string[] Files =
    [
        "/charts/fields.svg?period=2025-06&province=25",
        "/maps/provinces.svg?period=2025-06&kpi=ontime",
    ];

    /// <summary>Phú Thọ's June received dossiers as the tile shows them, summed by FigureQuery (approved only or all).</summary>
    private async Task<string> ReceivedAsync(bool approvedOnly)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var query = new FigureQuery(scope.ServiceProvider.GetRequiredService<KpiDbContext>());
        var total = await (approvedOnly ? query.OnlyApproved() : query).TotalAsync(new Scope("25"), June);
        return total.Received.Value is { } v ? v.ToString("N0", Vi) : "—";
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(string ETag, byte[] Body)> FileAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.ETag!.ToString(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_public_sees_only_approved_figures_and_an_approval_shows_them()
    {
        await StartAsync(approvedOnly: true);
        var anonymous = _app.RawClient();
        var officer = await OfficerAsync();
        Assert.NotEqual(await ReceivedAsync(true), await ReceivedAsync(false));

        var before = await PageAsync(anonymous, PageCacheApp.ProvincePage);
        Assert.Equal("—", await ReceivedAsync(true));
        Assert.Equal(await ReceivedAsync(true), Html.Tile(before, "received"));
        Assert.Contains(Notice, before);
        Assert.Contains("Approved figures only", await PageAsync(anonymous, PageCacheApp.ProvincePage + "&lang=en"));
        var overview = await PageAsync(anonymous, "/?period=2025-06");
        Assert.Contains(Notice, overview);
        Assert.Equal("—", Html.Cell(overview, "data-province", "25", "received"));

        var full = await PageAsync(officer, PageCacheApp.ProvincePage);
        Assert.Equal(await ReceivedAsync(false), Html.Tile(full, "received"));
        Assert.DoesNotContain(Notice, full);

        await _app.ApproveJuneAsync(WebFixture.CommuneTanHoa);

        var after = await PageAsync(anonymous, PageCacheApp.ProvincePage);
        var approved = await ReceivedAsync(true);
        Assert.Equal("20", approved);
        Assert.Equal(approved, Html.Tile(after, "received"));
        Assert.Equal(approved, Html.Cell(await PageAsync(anonymous, "/?period=2025-06"), "data-province", "25", "received"));
        Assert.Equal(await ReceivedAsync(false), Html.Tile(await PageAsync(officer, PageCacheApp.ProvincePage), "received"));
        Assert.NotEqual(approved, await ReceivedAsync(false));
    }

    [Fact]
    public async Task Charts_and_maps_are_kept_apart_for_the_public_and_for_officers()
    {
        await StartAsync(approvedOnly: true);
        await _app.ApproveJuneAsync(WebFixture.CommuneTanHoa);
        var anonymous = _app.RawClient();
        // An Admin reads every province, as the public does: only the setting tells their files apart.
        var admin = await SignedInAsync(Who.Admin);
        foreach (var url in Files)
        {
            // The Admin asks first, so a key without the setting would hand the public the Admin's file.
            var all = await FileAsync(admin, url);
            var published = await FileAsync(anonymous, url);
            Assert.NotEqual(all.ETag, published.ETag);
            Assert.NotEqual(all.Body, published.Body);
            // The public's file is the one drawn from approved figures only, again from memory.
            Assert.Equal(published.Body, (await FileAsync(anonymous, url)).Body);
            Assert.Equal(all.Body, (await FileAsync(admin, url)).Body);
        }
    }

    [Fact]
    public async Task With_the_setting_off_the_public_sees_every_figure()
    {
        await StartAsync(approvedOnly: false);
        var anonymous = _app.RawClient();
        var page = await PageAsync(anonymous, PageCacheApp.ProvincePage);
        Assert.Equal(await ReceivedAsync(false), Html.Tile(page, "received"));
        Assert.NotEqual("—", Html.Tile(page, "received"));
        Assert.DoesNotContain(Notice, page);
        var admin = await SignedInAsync(Who.Admin);
        foreach (var url in Files)
        {
            var all = await FileAsync(admin, url);
            var published = await FileAsync(anonymous, url);
            Assert.Equal(all.ETag, published.ETag);
            Assert.Equal(all.Body, published.Body);
        }
    }
}
