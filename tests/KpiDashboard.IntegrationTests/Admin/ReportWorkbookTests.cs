using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>
/// The workbooks as an official downloads them from the web, reopened: every number against FigureQuery (the
/// `kpi query` path), sums and identities on every row, and the Open XML SDK's validator as a second reader.
/// </summary>
[Collection(AdminCollection.Name)]
public sealed class ReportWorkbookTests(AdminFixture fixture)
{
    private async Task<byte[]> DownloadAsync(string query)
    {
        var response = await (await fixture.ClientAsync(redirects: true)).GetAsync("/reports/download?" + query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<T> WithDbAsync<T>(Func<KpiDbContext, Task<T>> action)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<KpiDbContext>());
    }

    [Theory]
    [InlineData("25", null, "2025-07", "vi")]
    [InlineData("25", null, "2025-07", "en")]
    [InlineData("25", null, "2025-Q2", "vi")]
    [InlineData(null, WebFixture.CommuneTanHoa, "2025-06", "vi")]
    [InlineData("25", null, "2025-06", "vi")]
    [InlineData(null, null, "2025-07", "vi")]
    public async Task Form06_read_back_equals_the_database(string? province, string? commune, string period, string lang)
    {
        var query = $"report=form06&period={period}&language={lang}" + (province is null ? "" : $"&province={province}") + (commune is null ? "" : $"&commune={commune}");
        var xlsx = await DownloadAsync(query);
        var scope = new Scope(commune is null ? province : "25", commune);
        var language = lang == "en" ? Language.En : Language.Vi;
        await WithDbAsync(async db =>
        {
            await Form06Sheet.AssertMatchesDatabaseAsync(xlsx, db, scope, Period.Parse(period), language);
            return 0;
        });
        OpenXml.AssertValid(xlsx);
    }

    [Fact]
    public async Task Phu_Tho_July_2025_is_the_seed_article_form()
    {
        using var workbook = new XLWorkbook(new MemoryStream(await DownloadAsync("report=form06&province=25&period=2025-07")));
        var ws = workbook.Worksheet(1);
        Assert.Equal("Đơn vị báo cáo: UBND tỉnh Phú Thọ", ws.Cell("K1").GetString());
        Assert.Contains("tháng 7 năm 2025 (Từ ngày 15/06/2025 đến ngày 14/07/2025)", ws.Cell("D2").GetString() + ws.Cell("D3").GetString());
        var lines = Form06Sheet.Read(ws);
        var provincial = lines.First(l => l.Number == "I");
        Assert.Equal("Cấp tỉnh", provincial.Label);
        Assert.Equal(73, provincial.Values[4]);
        Assert.Equal(55, provincial.Values[5]);
        var radio = lines.First(l => l.Label == "Tần số vô tuyến điện");
        Assert.Equal(43, (radio.Values[1] ?? 0) + (radio.Values[2] ?? 0));
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task National_summary_ranks_every_province_with_the_query_figures_and_is_valid(string lang)
    {
        var xlsx = await DownloadAsync($"report=national&period=2025-07&language={lang}");
        OpenXml.AssertValid(xlsx);
        var ranking = new SheetCells(xlsx, 0);
        var byProvince = await WithDbAsync(db => new FigureQuery(db).ByProvinceAsync(Scope.Nation, Period.Parse("2025-07")));
        var seen = 0;
        for (var row = NationalSummaryWriter.FirstDataRow; ranking.Text(row, 2) is { } code; row++, seen++)
        {
            var figures = byProvince.SingleOrDefault(g => g.Key == code)?.Figures;
            for (var i = 0; i < MeasureNames.All.Count; i++)
            {
                var expected = figures is null ? null : MeasureNames.Get(figures, MeasureNames.All[i]).Value;
                Assert.True(expected == (long?)ranking.Number(row, 4 + i), $"{code} {MeasureNames.All[i]}");
            }
            // Rates are numbers (a fraction with a percent format), never text.
            for (var i = 0; i < MeasureNames.Rates.Count; i++)
            {
                var expected = figures is null ? null : MeasureNames.GetRate(figures, MeasureNames.Rates[i]).Value;
                var actual = ranking.Number(row, 4 + MeasureNames.All.Count + i);
                Assert.True(expected is null ? actual is null : Math.Abs(expected.Value - actual!.Value) < 1e-9, $"{code} {MeasureNames.Rates[i]}");
            }
        }
        Assert.Equal(34, seen);
    }
}
