using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Narrative;

public sealed class SeedArticleTests
{
    private static string SeedText()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "shared", "seed");
            if (Directory.Exists(seed)) return File.ReadAllText(Directory.GetFiles(seed, "*.txt").Single());
        }
        return File.ReadAllText(Directory.GetFiles("/work/shared/seed", "*.txt").Single());
    }

    [Fact]
    public void The_seed_article_gives_Phu_Tho_July_2025_and_nothing_else()
    {
        var statements = NarrativeExtractor.Extract(SeedText(), TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 8, 12));

        var s = Assert.Single(statements);
        Assert.Equal("25", s.Province?.Code);
        Assert.Equal(new DateOnly(2025, 7, 1), s.PeriodStart);
        Assert.Equal(new DateOnly(2025, 7, 31), s.PeriodEnd);
        Assert.Equal(["received", "resolved", "resolved_early"], s.Figures.Keys.Order());
        Assert.Equal(91, s.Figures["received"].Value);
        Assert.Equal(73, s.Figures["resolved"].Value);
        Assert.Equal(55, s.Figures["resolved_early"].Value);
        Assert.Equal(43, s.Fields.Single(f => f.Field?.Code == "TSVTD").Figures["received"].Value);
        Assert.Equal(34, s.Fields.Single(f => f.Field?.Code == "SHTT").Figures["received"].Value);
        Assert.DoesNotContain(s.Figures.Values, f => f.Value is 150 or 12 or 90);
    }
}
