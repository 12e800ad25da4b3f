using System.Net;
using System.Text;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Submissions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Html = KpiDashboard.IntegrationTests.Web.Html;
using WebFixture = KpiDashboard.IntegrationTests.Web.WebFixture;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// Dashboard:PublishApprovedOnly on a public dashboard: the dossier pages show an anonymous reader only the dossiers of
/// the (unit, month) reports that are approved, as the province page shows only approved figures, so both give the same
/// numbers; a signed-in officer sees every dossier. July 2025, calendar months: Tân Hoà 3 dossiers, Hoà Bình 2, all
/// pending and overdue; Hoà Bình's name a procedure of its own.
/// </summary>
public sealed class DossierApprovedOnlyTests : IAsyncLifetime
{
    private const string Unapproved = "Tên chưa được duyệt";
    private TestDatabase _db = null!;
    private PageCacheApp _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _app = new PageCacheApp(_db, PageCacheApp.NewClock());
        _app.Settings["Dashboard:PublishApprovedOnly"] = "true";
        _app.Settings["Startup:LoadDemoData"] = "false";
        _app.Settings["Reporting:Window"] = "CalendarMonth";
        await _app.StartWithCommunesAsync();
        var list = "dossier_code,procedure_code,procedure_name,field,province,commune,channel,received_at,due_at\n" +
                   $"T1,1.004227,,TSVTD,25,{WebFixture.CommuneTanHoa},online,2025-07-01,2025-07-03\n" +
                   $"T2,1.004227,,TSVTD,25,{WebFixture.CommuneTanHoa},online,2025-07-02,2025-07-04\n" +
                   $"T3,1.004227,,TSVTD,25,{WebFixture.CommuneTanHoa},offline,2025-07-03,2025-07-07\n" +
                   $"H1,1.004227,,TSVTD,25,{WebFixture.CommuneHoaBinh},online,2025-07-01,2025-07-03\n" +
                   $"H2,1.009,{Unapproved},TSVTD,25,{WebFixture.CommuneHoaBinh},online,2025-07-02,2025-07-04\n";
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(list)), "ho-so-thang-7.csv", new());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.MessageEn}")));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    private async Task ApproveJulyAsync(string commune)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<SubmissionApproval>()
            .ActAsync(SubmissionAction.Approve, commune, null, new Month(2025, 7), null, "approver@phutho.invalid");
        Assert.True(outcome.Succeeded);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string N(string html, string name) =>
        System.Text.RegularExpressions.Regex.Match(html, $"data-n=\"{name}\">([^<]*)<").Groups[1].Value.Trim();

    [Fact]
    public async Task The_public_sees_only_the_dossiers_of_approved_reports_and_officers_see_all()
    {
        var anonymous = _app.RawClient();
        const string province = "/dossiers?province=25&period=2025-07";
        const string procedure = "/dossiers/procedures/1.004227?period=2025-07";

        var before = await PageAsync(anonymous, province);
        Assert.Contains("id=\"approved-only\"", before);
        Assert.Equal(("0", "0"), (N(before, "received"), N(before, "overdue")));
        Assert.Contains("id=\"no-dossiers\"", await PageAsync(anonymous, procedure));
        Assert.DoesNotContain(Unapproved, await PageAsync(anonymous, "/dossiers/procedures/1.009?period=2025-07"));

        var officer = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (email, password) = SecurityFixture.Credentials(Who.Officer25);
        await SecurityFixture.SignInAsync(officer, email, password);
        var full = await PageAsync(officer, province);
        Assert.DoesNotContain("id=\"approved-only\"", full);
        Assert.Equal(("5", "5"), (N(full, "received"), N(full, "overdue")));

        await ApproveJulyAsync(WebFixture.CommuneTanHoa);

        var after = await PageAsync(anonymous, province);
        Assert.Equal(("3", "3"), (N(after, "received"), N(after, "overdue")));
        // The province page sums the approved facts the same list wrote: the two pages agree.
        Assert.Equal(N(after, "received"), Html.Tile(await PageAsync(anonymous, "/provinces/25?period=2025-07"), "received"));
        Assert.Equal("3", N(await PageAsync(anonymous, $"/dossiers?province=25&commune={WebFixture.CommuneTanHoa}&period=2025-07"), "received"));
        Assert.Equal("0", N(await PageAsync(anonymous, $"/dossiers?province=25&commune={WebFixture.CommuneHoaBinh}&period=2025-07"), "received"));
        Assert.Equal("3", N(Html.Row(await PageAsync(anonymous, procedure), "data-key", "25"), "received"));
        Assert.Equal("3", N(Html.Row(await PageAsync(anonymous, procedure + "&province=25"), "data-key", WebFixture.CommuneTanHoa), "received"));
        Assert.DoesNotContain(Unapproved, await PageAsync(anonymous, "/dossiers/procedures/1.009?period=2025-07"));

        Assert.Equal(("5", "5"), (N(await PageAsync(officer, province), "received"), N(await PageAsync(officer, province), "overdue")));
        Assert.Contains(Unapproved, await PageAsync(officer, "/dossiers/procedures/1.009?period=2025-07"));
    }
}
