using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Ingestion.Batches;
using Microsoft.Extensions.DependencyInjection;
using Html = KpiDashboard.IntegrationTests.Web.Html;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// The dossier pages on the hand-built list of <see cref="DossierFiguresTests"/> (Phú Thọ's provincial agencies), read
/// by each kind of caller: the figures follow the reader's scope, the dossier codes only the unit's officers, Admins and
/// analysts. Hand counts, July 2025: received 9; resolved 8 (2 early: A, H; 4 on time: C, E, G, N; 2 late: D, F);
/// pending 3 (I, J within; B overdue, due 30/06, 23 working days over on 31/07); handling time (2.2) of A, C, D, E, F,
/// H, N: 9 + 3 + 4 + 3 + 4 + 8 + 3 = 34 working days over 7 dossiers. August: B 44, I 18, K 14 working days over.
/// </summary>
public sealed class DossierPagesTests : IAsyncLifetime
{
    private readonly SecurityFixture _app = new();

    public async Task InitializeAsync()
    {
        // The hand counts are by calendar month; DossierQueryTests checks the pages' counts under both windows.
        _app.Settings["Reporting:Window"] = "CalendarMonth";
        await _app.InitializeAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(DossierFiguresTests.List)), "ho-so.csv", new());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.MessageEn}")));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string N(string html, string name) =>
        System.Text.RegularExpressions.Regex.Match(html, $"data-n=\"{name}\">([^<]*)<").Groups[1].Value.Trim();

    [Fact]
    public async Task An_admin_sees_the_months_figures_the_groups_and_the_overdue_list()
    {
        var admin = await _app.ClientAsync(Who.Admin);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/dossiers?province=25&agencies=1&period=2025-07"));

        Assert.Contains("id=\"window\">(01/07/2025–31/07/2025)", page);
        Assert.Equal("9", N(page, "received"));
        Assert.Equal("8", N(page, "resolved"));
        Assert.Equal("2", N(page, "late"));
        Assert.Contains("data-share=\"late\">25,0%", page);
        Assert.Equal("3", N(page, "pending"));
        Assert.Equal("1", N(page, "overdue"));
        Assert.Contains("data-share=\"overdue\">33,3%", page);
        Assert.Equal("4,9", N(page, "average"));
        Assert.Matches("id=\"unit-name\">Cơ quan cấp tỉnh – Tỉnh Phú Thọ<", page);

        var procedure = Html.Row(page, "data-key", "1.004227");
        Assert.Contains("data-late=\"2\"", procedure);
        Assert.Contains("data-overdue=\"1\"", procedure);
        Assert.Contains("Cấp giấy phép sử dụng tần số", procedure);
        Assert.Equal(["1.004227"], Html.RowKeys(Html.Section(page, "aria-labelledby", "procedures-title"), "data-key"));
        Assert.Equal(["TSVTD"], Html.RowKeys(Html.Section(page, "aria-labelledby", "fields-title"), "data-key"));

        Assert.Equal(["B"], Html.RowKeys(page, "data-code"));
        var b = Html.Row(page, "data-code", "B");
        Assert.Contains("30/06/2025", b);
        Assert.Contains("data-over=\"23\"", b);

        var august = WebUtility.HtmlDecode(await admin.GetStringAsync("/dossiers?province=25&agencies=1&period=2025-08"));
        Assert.Equal(["B", "I", "K"], Html.RowKeys(august, "data-code"));
        Assert.Contains("data-over=\"44\"", Html.Row(august, "data-code", "B"));
        Assert.Contains("data-over=\"18\"", Html.Row(august, "data-code", "I"));
        Assert.Contains("11/08/2025", Html.Row(august, "data-code", "K"));
        Assert.Contains("data-over=\"14\"", Html.Row(august, "data-code", "K"));
        var byCode = WebUtility.HtmlDecode(await admin.GetStringAsync("/dossiers?province=25&agencies=1&period=2025-08&sort=code&dir=desc"));
        Assert.Equal(["K", "I", "B"], Html.RowKeys(byCode, "data-code"));

        // The whole province holds the same dossiers; a commune of Phú Thọ holds none.
        var province = WebUtility.HtmlDecode(await admin.GetStringAsync("/dossiers?province=25&period=2025-07"));
        Assert.Equal("9", N(province, "received"));
        var commune = WebUtility.HtmlDecode(await admin.GetStringAsync($"/dossiers?province=25&commune={Web.WebFixture.CommuneTanHoa}&period=2025-07"));
        Assert.Equal("0", N(commune, "received"));
        Assert.Contains("id=\"no-dossiers\"", commune);
    }

    [Fact]
    public async Task The_overdue_workbook_lists_what_the_page_lists_and_only_for_the_units_officers()
    {
        var officer = await _app.ClientAsync(Who.Officer25);
        var response = await officer.GetAsync("/dossiers/excel?province=25&agencies=1&period=2025-08");
        response.EnsureSuccessStatusCode();
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        var cells = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        foreach (var expected in new[] { "B", "I", "K" }) Assert.Contains(expected, cells);
        Assert.DoesNotContain("J", cells);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "44" || (c.DataType == XLDataType.Number && c.GetDouble() == 44));

        foreach (var who in new[] { Who.Viewer, Who.Officer42 })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.ClientAsync(who)).GetAsync("/dossiers/excel?province=25&agencies=1&period=2025-08")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_sees_the_figures_but_no_dossier_code_and_another_provinces_officer_nothing()
    {
        var viewer = await _app.ClientAsync(Who.Viewer);
        var page = WebUtility.HtmlDecode(await viewer.GetStringAsync("/dossiers?province=25&agencies=1&period=2025-08"));
        Assert.Equal("3", N(page, "overdue"));
        Assert.Empty(Html.RowKeys(page, "data-code"));
        Assert.Contains("id=\"list-note\"", page);
        Assert.DoesNotContain("/dossiers/excel", page);

        var other = await _app.ClientAsync(Who.Officer42);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/dossiers?province=25&period=2025-07")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/dossiers/procedures/1.004227?province=25&period=2025-07")).StatusCode);
        // Across provinces the procedure page counts only what the caller may read.
        var across = WebUtility.HtmlDecode(await other.GetStringAsync("/dossiers/procedures/1.004227?period=2025-07"));
        Assert.Empty(Html.RowKeys(across, "data-key"));
        Assert.Contains("id=\"no-dossiers\"", across);
    }

    [Fact]
    public async Task The_procedure_page_counts_the_procedure_across_units()
    {
        var analyst = await _app.ClientAsync(Who.Analyst);
        var page = WebUtility.HtmlDecode(await analyst.GetStringAsync("/dossiers/procedures/1.004227?period=2025-07"));
        Assert.Matches("id=\"procedure-name\">Cấp giấy phép sử dụng tần số ·", page);
        Assert.Equal(["25", "*"], Html.RowKeys(page, "data-key"));
        var row = Html.Row(page, "data-key", "25");
        // July, 1.004227 only (N is another procedure): received 8, early 2, on time 3, late 2, pending 3, overdue 1.
        Assert.Equal(("8", "2", "3", "2", "3", "1"), (N(row, "received"), N(row, "early"), N(row, "ontime"), N(row, "late"), N(row, "pending"), N(row, "overdue")));

        var inProvince = WebUtility.HtmlDecode(await analyst.GetStringAsync("/dossiers/procedures/1.004227?province=25&period=2025-07&lang=en"));
        Assert.Contains("Provincial agencies", Html.Row(inProvince, "data-key", ""));
    }

    [Theory]
    [InlineData("/dossiers?province=99&period=2025-07", HttpStatusCode.NotFound)]
    [InlineData("/dossiers?province=25&period=2025-13", HttpStatusCode.BadRequest)]
    [InlineData("/dossiers?province=25&period=2025--1", HttpStatusCode.BadRequest)]
    [InlineData("/dossiers/excel?province=25&agencies=1&period=2025%0A07", HttpStatusCode.BadRequest)]
    [InlineData("/dossiers?province=25&commune=18001&period=2025-07", HttpStatusCode.NotFound)]
    [InlineData("/dossiers?province=25&period=2025-07&sort=drop", HttpStatusCode.BadRequest)]
    [InlineData("/dossiers?province=25&period=2025-07&page=x", HttpStatusCode.BadRequest)]
    [InlineData("/dossiers/procedures/%20?period=2025-07", HttpStatusCode.BadRequest)]
    [InlineData("/dossiers/procedures/%09%20?province=25", HttpStatusCode.BadRequest)]
    [InlineData("/dossiers/procedures/1.004227?province=99", HttpStatusCode.NotFound)]
    public async Task Bad_filters_get_a_clear_page(string url, HttpStatusCode status)
    {
        var response = await (await _app.ClientAsync(Who.Admin)).GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains("class=\"problem\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/dossiers?province={0}&period=2025-07", HttpStatusCode.NotFound)]
    [InlineData("/dossiers?province=25&commune={0}&period=2025-07", HttpStatusCode.NotFound)]
    [InlineData("/dossiers/procedures/1.004227?province={0}", HttpStatusCode.NotFound)]
    [InlineData("/dossiers/procedures/{0}?period=2025-07", HttpStatusCode.BadRequest)]
    [InlineData("/dossiers?province=25&period={0}", HttpStatusCode.BadRequest)]
    public async Task A_long_value_is_named_cut_short(string url, HttpStatusCode status)
    {
        var response = await (await _app.ClientAsync(Who.Admin)).GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, new string('x', 6000)));
        Assert.Equal(status, response.StatusCode);
        var problem = System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "<p class=\"problem\"[^>]*>([^<]*)</p>");
        Assert.True(problem.Success);
        var message = WebUtility.HtmlDecode(problem.Groups[1].Value);
        Assert.Contains(new string('x', 80) + "…", message);
        Assert.DoesNotContain(new string('x', 81), message);
        Assert.InRange(message.Length, 81, 250);
    }

    [Fact]
    public async Task A_calendar_change_moves_the_overdue_days_and_a_bad_schedule_changes_nothing()
    {
        var admin = await _app.ClientAsync(Who.Admin);
        const string url = "/dossiers?province=25&agencies=1&period=2025-07";

        var refused = await UploadAsync(admin, "2025-07-15,off,Thông báo thử\n2025-07-32,off,Thông báo thử\n");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("dòng 2, cột date", errors);
        Assert.Contains("data-over=\"23\"", Html.Row(WebUtility.HtmlDecode(await admin.GetStringAsync(url)), "data-code", "B"));

        // A day off on Tuesday 15/7/2025: B is one working day less over its due date at the end of July.
        var imported = await UploadAsync(admin, "date,kind,source\n2025-07-15,off,Thông báo thử\n");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("id=\"imported\"", await imported.Content.ReadAsStringAsync());
        Assert.Contains("data-over=\"22\"", Html.Row(WebUtility.HtmlDecode(await admin.GetStringAsync(url)), "data-code", "B"));
        Assert.Contains("calendar.import", await admin.GetStringAsync("/admin/audit"));

        var officer = await _app.ClientAsync(Who.Officer25);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/admin/calendar")).StatusCode);
    }

    [Fact]
    public async Task A_schedule_in_the_windows_code_page_is_refused_naming_its_line()
    {
        var admin = await _app.ClientAsync(Who.Admin);
        var refused = await UploadAsync(admin, Windows1258.Bytes("date,kind,source\n2025-07-15,off,Thông báo thử\n"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("dòng 2: Tệp không phải văn bản UTF-8", page);
        Assert.DoesNotContain("id=\"imported\"", page);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv) => UploadAsync(client, Encoding.UTF8.GetBytes(csv));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] csv)
    {
        var token = Security.Forms.TokenIn(await client.GetStringAsync("/admin/calendar?year=2025"));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "lich-2025.csv");
        form.Add(new StringContent(token), Security.Forms.TokenField);
        form.Add(new StringContent("2025"), "year");
        return await client.PostAsync("/admin/calendar", form);
    }
}
