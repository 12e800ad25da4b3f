using ClosedXML.Excel;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.IntegrationTests.Excel;

public sealed class NationalSummaryBuilderTests(SeedDatabase seed) : IClassFixture<SeedDatabase>
{
    private async Task<NationalSummary> BuildAsync()
    {
        await using var db = seed.Open();
        return await new NationalSummaryBuilder(db, new FigureQuery(db), new ReportingOptions()).BuildAsync(Period.Parse("2025-07"));
    }

    [Fact]
    public async Task Ranks_all_34_provinces_and_lists_those_without_figures()
    {
        var summary = await BuildAsync();
        Assert.Equal(34, summary.Provinces.Count);
        Assert.Equal(34, summary.MonthlyOnTime.Count);
        Assert.Equal(12, summary.Months.Count);
        Assert.Equal(new Month(2025, 7), summary.Months[^1]);
        // Hà Nội's July fact has no parts of (7), so its index is unknown; Phú Thọ's is known.
        var phuTho = summary.Provinces.Single(p => p.Unit.Code == "25");
        Assert.Equal(1, phuTho.Rank);
        Assert.Equal(32, summary.Quality.ProvincesWithoutFigures.Count);
        Assert.DoesNotContain(summary.Quality.ProvincesWithoutFigures, p => p.Code is "01" or "25");
        var coverage = summary.Quality.Communes.Single(c => c.Province.Code == "25");
        Assert.Equal((2, 1, 1), (coverage.Communes, coverage.WithFigures, coverage.WithoutFigures));
    }

    [Fact]
    public async Task Finds_identity_warnings_in_the_facts()
    {
        var summary = await BuildAsync();
        Assert.True(2 == summary.Quality.IdentityWarningCount, string.Join("; ", summary.Quality.IdentityWarnings));
        Assert.Contains(summary.Quality.IdentityWarnings, w => w is { ProvinceCode: "01", FieldCode: "BC", Identity: "(3) = (7) + (11)", Left: 10, Right: 9 });
        Assert.Contains(summary.Quality.IdentityWarnings, w => w is { Identity: IdentityChecks.CarriedOverIdentity, Left: 5, Right: 7 });
    }

    [Fact]
    public async Task Fields_nationally_and_the_june_rate_of_ha_noi()
    {
        var summary = await BuildAsync();
        var shtt = summary.Fields.Single(f => f.Unit.Code == "SHTT");
        Assert.Equal(34 + 8, shtt.Figures.Received.Value);
        var haNoi = summary.MonthlyOnTime.Single(m => m.Province.Code == "01");
        Assert.Equal(1.0, haNoi.Rates[^2].Value); // June: 3 early of 3 resolved
        Assert.Null(haNoi.Rates[^1].Value);

        var path = Path.Combine(Path.GetTempPath(), $"national-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = File.Create(path)) NationalSummaryWriter.Write(summary, file);
            using var wb = new XLWorkbook(path);
            Assert.Equal(34 + 4, wb.Worksheet(1).LastRowUsed().RowNumber());
            Assert.Equal("Phú Thọ", wb.Worksheet(1).Cell("C5").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
