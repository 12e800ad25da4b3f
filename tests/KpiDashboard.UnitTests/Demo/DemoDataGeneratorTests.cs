using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.UnitTests.Demo;

public sealed class DemoDataGeneratorTests
{
    private static readonly List<FigureRow> Rows = DemoDataGenerator.Generate(new Month(2026, 10)).ToList();

    [Fact]
    public void Covers_every_province_and_field_every_month()
    {
        var months = (2026 - 2024) * 12 + 10;
        Assert.Equal(34 * BuiltInFields.All.Count * months, Rows.Count);
    }

    [Fact]
    public void Phu_tho_july_2025_is_the_seed_article()
    {
        var seed = Rows.Where(r => r.Key.ProvinceCode == "25" && r.Key.Period == 202507).ToList();
        Assert.Equal(7, seed.Count);
        Assert.Equal(91, seed.Sum(r => r.Values.Received));
        Assert.Equal(73, seed.Sum(r => r.Values.Resolved));
        Assert.Equal(55, seed.Sum(r => r.Values.ResolvedEarly));
        Assert.Equal(43, seed.Single(r => r.Key.FieldCode == BuiltInFields.RadioFrequencies).Values.Received);
        Assert.Equal(34, seed.Single(r => r.Key.FieldCode == BuiltInFields.IntellectualProperty).Values.Received);
    }

    [Fact]
    public void Every_row_satisfies_the_identities_and_carries_over_last_months_pending()
    {
        var byKey = Rows.ToDictionary(r => r.Key);
        foreach (var row in Rows)
        {
            Assert.Empty(IdentityRules.Check(row.Values));
            Assert.All(new[] { row.Values.ReceivedOnline, row.Values.ResolvedLate, row.Values.PendingOverdue }, v => Assert.True(v >= 0));
            var previous = row.Key with { Period = Month.FromKey(row.Key.Period).Previous.Key };
            if (byKey.TryGetValue(previous, out var before)) Assert.Equal(before.Values.Pending, row.Values.CarriedOver);
        }
    }

    [Fact]
    public void Is_deterministic() =>
        Assert.Equal(Rows.Select(r => r.Values), DemoDataGenerator.Generate(new Month(2026, 10)).Select(r => r.Values));
}
