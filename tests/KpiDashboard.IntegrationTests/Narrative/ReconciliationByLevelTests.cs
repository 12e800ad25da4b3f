using System.Globalization;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Narrative;

/// <summary>
/// With the demo's commune figures loaded, a figure a text gives for one level of Phú Thọ is set beside that level's
/// structured figure: the provincial agencies' 91 beside the facts of no commune (not the province's total), the
/// communes' beside the communes' facts, the province's beside all of them; a district's has no facts to match.
/// </summary>
public sealed class ReconciliationByLevelTests : DatabaseTest
{
    private static readonly Period July2025 = Period.Parse("2025-07");

    protected override async Task SeedAsync()
    {
        await using var units = File.OpenRead(RepositoryPaths.SharedData("vn-admin-units-2025.json"));
        Assert.Empty((await Service<UnitImport>().ImportAsync(units)).Errors);
        Assert.Empty((await Service<DemoDataLoader>().LoadAsync()).Errors);
    }

    [Fact]
    public async Task Each_level_s_figure_is_compared_with_the_same_level_s_facts()
    {
        var total = (await Service<FigureQuery>().TotalAsync(new Scope("25"), July2025)).Received.Value!.Value;
        var communes = total - 91;
        Assert.True(communes > 0, "the demo has commune figures in Phú Thọ");
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận {total} hồ sơ. Các sở, ngành cấp tỉnh tiếp nhận 91 hồ sơ; cấp huyện tiếp nhận 5 hồ sơ; cấp xã tiếp nhận {communes + 2} hồ sơ.");
        var statements = NarrativeExtractor.Extract(text, await UnitDirectory.LoadAsync(Db), await Db.Fields.ToListAsync(), new DateOnly(2025, 8, 12));
        await Service<ReportedFigureStore>().SaveAsync("levels.txt", null, new DateOnly(2025, 8, 12), text, statements, default);

        var rows = await Service<Reconciliation>().RunAsync("25", July2025.First, default);

        var byLevel = rows.ToDictionary(r => r.Reported.Level ?? "whole");
        Assert.Equal(("match", 91m), (byLevel["province"].Status, byLevel["province"].Structured!.Value));
        Assert.Equal(("mismatch", (decimal)communes, 2m), (byLevel["commune"].Status, byLevel["commune"].Structured!.Value, byLevel["commune"].Difference!.Value));
        Assert.Equal(("match", (decimal)total), (byLevel["whole"].Status, byLevel["whole"].Structured!.Value));
        Assert.Equal("not_comparable", byLevel["district"].Status);
        Assert.All(rows, r => Assert.Equal(202507, r.Reported.Period));
    }
}
