using System.Net;
using System.Text;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Ingestion.Batches;
using Microsoft.Extensions.DependencyInjection;
using Html = KpiDashboard.IntegrationTests.Web.Html;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// A procedure's name comes from the lists of the dossiers a page counts, never from another province's: Phú Thọ's
/// list cannot rename Hà Nội's procedure on Hà Nội's pages, and a Phú Thọ officer never reads a name only Hà Nội's
/// list gives. July 2025, calendar months; every dossier is overdue or late so the procedure is listed.
/// </summary>
public sealed class DossierProcedureNameScopeTests : IAsyncLifetime
{
    private const string Forged = "GIẢ MẠO – thủ tục đổi tên";
    private const string Hanoi = "Cấp giấy phép xây dựng";
    private const string Secret = "Bí mật của Hà Nội";
    private readonly SecurityFixture _app = new();

    private const string Header = "dossier_code,procedure_code,procedure_name,field,province,commune,channel,received_at,due_at\n";

    public async Task InitializeAsync()
    {
        _app.Settings["Reporting:Window"] = "CalendarMonth";
        await _app.InitializeAsync();
        // Hà Nội's agencies: one dossier named, one not (the overdue list names it from the others), and a code only Hà Nội has.
        await IngestAsync("ha-noi.csv",
            $"HN1,1.008,{Hanoi},TSVTD,01,,online,2025-07-01,2025-07-03\n" +
            "HN2,1.008,,TSVTD,01,,online,2025-07-02,2025-07-04\n" +
            $"HN3,HN.SECRET,{Secret},TSVTD,01,,online,2025-07-02,2025-07-04\n");
        // Phú Thọ's agencies name the same code otherwise; the name sorts after Hà Nội's, so a Max over all provinces picks it.
        await IngestAsync("phu-tho.csv", $"PT1,1.008,{Forged},TSVTD,25,,online,2025-07-01,2025-07-03\n");
    }

    private async Task IngestAsync(string name, string rows)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(Header + rows)), name, new());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.MessageEn}")));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_provinces_list_does_not_rename_a_procedure_on_this_provinces_pages()
    {
        var admin = await _app.ClientAsync(Who.Admin);
        var unit = await PageAsync(admin, "/dossiers?province=01&agencies=1&period=2025-07");
        Assert.Contains(Hanoi, Html.Row(Html.Section(unit, "aria-labelledby", "procedures-title"), "data-key", "1.008"));
        Assert.Contains(Hanoi, Html.Row(unit, "data-code", "HN2"));
        Assert.DoesNotContain(Forged, unit);

        var procedure = await PageAsync(admin, "/dossiers/procedures/1.008?province=01&period=2025-07");
        Assert.Matches($"id=\"procedure-name\">{Hanoi} ·", procedure);
        Assert.DoesNotContain(Forged, procedure);

        // Phú Thọ's own pages name it as Phú Thọ's list does.
        Assert.Matches($"id=\"procedure-name\">{Forged} ·", await PageAsync(admin, "/dossiers/procedures/1.008?province=25&period=2025-07"));
        Assert.DoesNotContain(Hanoi, await PageAsync(admin, "/dossiers?province=25&agencies=1&period=2025-07"));
    }

    [Fact]
    public async Task An_officer_reads_no_name_from_a_province_outside_their_scope()
    {
        var officer = await _app.ClientAsync(Who.Officer25);
        var secret = await PageAsync(officer, "/dossiers/procedures/HN.SECRET?period=2025-07");
        Assert.DoesNotContain(Secret, secret);
        Assert.Contains("id=\"no-dossiers\"", secret);
        var shared = await PageAsync(officer, "/dossiers/procedures/1.008?period=2025-07");
        Assert.Matches($"id=\"procedure-name\">{Forged} ·", shared);
        Assert.DoesNotContain(Hanoi, shared);

        // An Admin reads every province: the name is there to be found.
        Assert.Contains(Secret, await PageAsync(await _app.ClientAsync(Who.Admin), "/dossiers/procedures/HN.SECRET?period=2025-07"));
    }
}
