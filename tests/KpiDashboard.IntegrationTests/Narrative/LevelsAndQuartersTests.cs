using System.Text;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Narrative;

/// <summary>Figures of one level of a unit, and of a quarter, are read and kept as reported, but never become a month's facts.</summary>
public sealed class LevelsAndQuartersTests : DatabaseTest
{
    private const string Levels = "Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ. Các sở, ngành cấp tỉnh tiếp nhận 60 hồ sơ; cấp xã tiếp nhận 31 hồ sơ.";
    private const string Quarter = "Trong quý I/2025, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ, nhiều nhất là tần số vô tuyến điện (43 hồ sơ).";

    private Task<IngestResult> Ingest(string text, IngestScope scope) =>
        Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "bao.txt", new IngestOptions(Format: SourceFormat.Text, Scope: scope));

    [Fact]
    public async Task The_figures_of_a_level_are_not_stored_as_the_unit_s()
    {
        var result = await Ingest(Levels, new IngestScope(Field: "TSVTD"));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Warnings.Count(w => w.Code == "level_figures_not_stored"));
        var fact = Assert.Single(await Db.Facts.AsNoTracking().ToListAsync());
        Assert.Equal(("25", 202507, "TSVTD", 91), (fact.ProvinceCode, fact.Period, fact.FieldCode, fact.Values.Received));
    }

    [Fact]
    public async Task A_quarter_is_not_stored_as_one_of_its_months()
    {
        var result = await Ingest(Quarter, new IngestScope(Period: "2025-01"));

        Assert.Contains(result.Errors, e => e.Code == "period_not_a_month" && e.Value == "quý I/2025");
        Assert.Equal(0, await Db.Facts.CountAsync());
    }

    [Fact]
    public async Task Reported_figures_of_a_level_are_compared_and_those_of_a_quarter_kept_but_not_compared()
    {
        var units = await UnitDirectory.LoadAsync(Db);
        var fields = await Db.Fields.ToListAsync();
        var store = Service<ReportedFigureStore>();
        await store.SaveAsync("levels.txt", null, new DateOnly(2025, 8, 12), Levels, NarrativeExtractor.Extract(Levels, units, fields, new DateOnly(2025, 8, 12)), default);
        await store.SaveAsync("quarter.txt", null, new DateOnly(2025, 4, 15), Quarter, NarrativeExtractor.Extract(Quarter, units, fields, new DateOnly(2025, 4, 15)), default);

        var rows = await Service<Reconciliation>().RunAsync("25", null, default);

        Assert.Equal(5, rows.Count);
        // No facts are stored: the month's figures, of the province and of each level, find no structured figure.
        Assert.Equal(["no_data", "no_data", "no_data", "not_comparable", "not_comparable"], rows.Select(r => r.Status).Order());
        Assert.Contains(rows, r => r.Reported.UnitText == "tỉnh Phú Thọ (cấp xã)" && r.Reported.Value == 31 && r.Reported.Level == "commune" && r.Reported.Period == 202507);
        Assert.All(rows.Where(r => r.Reported.PeriodText == "quý I/2025"), r => Assert.Null(r.Reported.Period));
    }
}
