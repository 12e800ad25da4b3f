using System.Globalization;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Html = KpiDashboard.IntegrationTests.Web.Html;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// The overdue list of a unit whose pending dossiers carry every number of supplement days the ingest allows (0 to
/// 1,000): the page and the workbook must answer with the count a dossier-by-dossier check gives, whatever
/// the number of distinct values (a query growing with it broke SQLite's expression depth and took ~20 s before).
/// </summary>
public sealed class DossierOverdueBoundsTests : IAsyncLifetime
{
    private const int Distinct = 1001;
    private static readonly DateOnly Due = new(2022, 4, 1);
    private static readonly DateOnly Last = new(2025, 9, 30);
    private readonly SecurityFixture _app = new();

    public async Task InitializeAsync()
    {
        _app.Settings["Reporting:Window"] = "CalendarMonth";
        await _app.InitializeAsync();
        var text = new StringBuilder("dossier_code,procedure_code,field,province,commune,channel,received_at,due_at,supplement_requests,supplement_days\n");
        for (var s = 0; s < Distinct; s++)
            text.Append(CultureInfo.InvariantCulture, $"HS-{s:D4},1.004227,TSVTD,25,{Web.WebFixture.CommuneTanHoa},online,{Due:yyyy-MM-dd},{Due:yyyy-MM-dd},1,{s}\n");
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "ho-so-bo-sung.csv", new());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(5).Select(e => $"{e.Row} {e.Column} {e.MessageEn}")));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Overdue on the window's last day: that day is after the due date moved by the supplement days.</summary>
    private static int ExpectedOverdue() =>
        Enumerable.Range(0, Distinct).Count(s => Last > WorkingCalendar.Shipped.AddWorkingDays(Due, s));

    [Fact]
    public async Task The_page_and_the_workbook_count_every_distinct_supplement_wait()
    {
        var expected = ExpectedOverdue();
        Assert.InRange(expected, 100, Distinct - 100);
        var officer = await _app.ClientAsync(Who.Officer25);

        var response = await officer.GetAsync("/dossiers?province=25&period=2025-09");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")),
            System.Text.RegularExpressions.Regex.Match(page, "data-n=\"overdue\">([^<]*)<").Groups[1].Value.Trim());
        Assert.Contains($"{expected.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} hồ sơ", page);
        Assert.Equal(100, Html.RowKeys(page, "data-code").Count);
        // Sorted by due date, then supplement days: the longest wait still overdue comes last.
        var lastPage = WebUtility.HtmlDecode(await officer.GetStringAsync($"/dossiers?province=25&period=2025-09&page={(expected + 99) / 100}"));
        Assert.Equal($"HS-{expected - 1:D4}", Html.RowKeys(lastPage, "data-code")[^1]);

        var workbook = await officer.GetAsync("/dossiers/excel?province=25&period=2025-09");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using var book = new XLWorkbook(await workbook.Content.ReadAsStreamAsync());
        var codes = book.Worksheets.First().CellsUsed().Select(c => c.GetString()).Where(c => c.StartsWith("HS-", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, codes.Count);
        Assert.Contains($"HS-{expected - 1:D4}", codes);
        Assert.DoesNotContain($"HS-{expected:D4}", codes);
    }
}
