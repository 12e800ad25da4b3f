using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Narrative;

public sealed class SeedArticleIngestTests : DatabaseTest
{
    private static Stream Seed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "shared", "seed");
            if (Directory.Exists(seed)) return File.OpenRead(Directory.GetFiles(seed, "*.txt").Single());
        }
        return File.OpenRead(Directory.GetFiles("/work/shared/seed", "*.txt").Single());
    }

    [Fact]
    public async Task Per_field_figures_become_partial_facts_and_unit_totals_are_reported_not_stored()
    {
        await using var seed = Seed();
        var result = await Service<IngestService>().IngestAsync(seed, "seed.txt", new IngestOptions(Format: SourceFormat.Text, Scope: new IngestScope(Period: "2025-07")));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Inserted);
        Assert.Contains(result.Warnings, w => w.Code == "unit_totals_not_stored" && w.Value.Contains("received 91"));
        var facts = await Db.Facts.AsNoTracking().OrderBy(f => f.FieldCode).ToListAsync();
        Assert.Equal(["SHTT", "TSVTD"], facts.Select(f => f.FieldCode));
        Assert.All(facts, f => Assert.Equal(("25", 202507), (f.ProvinceCode, f.Period)));
        Assert.Equal(34, facts[0].Values.Received);
        Assert.Null(facts[0].Values.ReceivedOnline);
        Assert.Null(facts[0].Values.Handled);
        Assert.Null(facts[0].Values.Resolved);
    }

    [Fact]
    public async Task A_dry_run_shows_what_was_understood_and_writes_nothing()
    {
        await using var seed = Seed();
        var result = await Service<IngestService>().IngestAsync(seed, "seed.txt", new IngestOptions(DryRun: true, Format: SourceFormat.Text, Scope: new IngestScope(Period: "2025-07")));

        Assert.Contains(result.Understood, r => r.Key.FieldCode == "TSVTD" && r.Figures["received"] == 43);
        Assert.Equal(0, await Db.Facts.CountAsync());
    }

    [Fact]
    public async Task A_province_option_other_than_the_text_is_an_error()
    {
        await using var seed = Seed();
        var result = await Service<IngestService>().IngestAsync(seed, "seed.txt", new IngestOptions(Format: SourceFormat.Text, Scope: new IngestScope(Province: "Hà Tĩnh", Period: "2025-07")));

        Assert.Contains(result.Errors, e => e.Code == "unit_conflict");
        Assert.Equal(0, await Db.Facts.CountAsync());
    }
}
