using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.IntegrationTests.Ingest;

public sealed class DemoQueryTests : DatabaseTest
{
    protected override async Task SeedAsync()
    {
        await Database.With<DemoDataLoader, IngestResult>(d => d.LoadAsync());
    }

    private Task<Figures> Total(Scope scope, string period) =>
        Database.With<FigureQuery, Figures>(q => q.TotalAsync(scope, Period.Parse(period)));

    [Fact]
    public async Task Phu_tho_july_2025_shows_the_seed_article_figures()
    {
        var f = await Total(new Scope("25"), "2025-07");
        Assert.Equal((91L, 73L, 55L), (f.Received.Value!.Value, f.Resolved.Value!.Value, f.ResolvedEarly.Value!.Value));
        Assert.True(f.HasDemo);
        Assert.True(f.Complete);
        Assert.Equal(43, (await Total(new Scope("25", FieldCode: "TSVTD"), "2025-07")).Received.Value);
        Assert.Equal(34, (await Total(new Scope("25", FieldCode: "SHTT"), "2025-07")).Received.Value);
    }

    [Fact]
    public async Task A_quarter_is_the_sum_of_its_months()
    {
        var quarter = await Total(Scope.Nation, "2025-Q3");
        long sum = 0;
        foreach (var month in new[] { "2025-07", "2025-08", "2025-09" }) sum += (await Total(Scope.Nation, month)).Received.Value!.Value;
        Assert.Equal(sum, quarter.Received.Value);
    }

    [Fact]
    public async Task Grouping_by_province_adds_up_to_the_nation()
    {
        var byProvince = await Database.With<FigureQuery, IReadOnlyList<Grouped<string>>>(q => q.ByProvinceAsync(Scope.Nation, Period.Parse("2025")));
        Assert.Equal(34, byProvince.Count);
        Assert.Equal((await Total(Scope.Nation, "2025")).Resolved.Value, byProvince.Sum(g => g.Figures.Resolved.Value));
    }

    [Fact]
    public async Task A_period_without_figures_is_unknown_not_zero()
    {
        var f = await Total(Scope.Nation, "2019-01");
        Assert.Equal(0, f.Rows);
        Assert.Null(f.Received.Value);
        Assert.Null(f.OnTimeRate.Value);
    }
}
