using System.Net;
using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>The completeness page and its workbook for an anonymous reader of a public dashboard: the rates, no list.</summary>
public sealed class CompletenessPageTests : IAsyncLifetime
{
    private readonly WebFixture _app = new();

    public async Task InitializeAsync()
    {
        _app.Settings["Startup:LoadDemoData"] = "false";
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_anonymous_reader_sees_the_rates_and_their_workbook_but_no_list()
    {
        await _app.IngestAsync(Csv.Header + "2025-06,25,,SHTT,20,14,6,20,7,0,12,1\n", "phu-tho-agencies.csv");
        var client = _app.CreateClient();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/submissions?period=2025-06&level=province"));
        Assert.Matches(@"Toàn quốc:\s*<strong>1/34</strong>", page);
        Assert.DoesNotContain("id=\"submissions\"", page);
        Assert.Contains("id=\"list-note\"", page);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/submissions?level=district")).StatusCode);

        var response = await client.GetAsync("/submissions/excel?period=2025-06&level=province&lang=en");
        response.EnsureSuccessStatusCode();
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal("Reporting rates", sheet.Name);
        Assert.StartsWith("Reporting period: June 2025", sheet.Cell(2, 1).GetString());
        // 34 provinces, then the nation: 1 of 34 reported.
        var total = sheet.Row(6 + 34);
        Assert.Equal("Nationwide", total.Cell(2).GetString());
        Assert.Equal((34, 1), (total.Cell(3).GetValue<int>(), total.Cell(4).GetValue<int>()));
    }
}
