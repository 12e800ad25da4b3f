using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Metrics.Dossiers;

namespace KpiDashboard.UnitTests.Dossiers;

public class RepeatedCodesTests
{
    private static DossierRow Row(int row, string province, string? commune, string code) =>
        new(row, province, commune, "TP", code, "1.004227", null, 5,
            new DossierDates(true, new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 8), 0, 0, null, null));

    private static bool Suspected(params DossierRow[] rows)
    {
        var codes = new RepeatedCodes();
        foreach (var row in rows) codes.Add(row);
        return codes.Suspected();
    }

    [Fact]
    public void A_code_repeated_in_one_unit_is_suspected_wherever_it_repeats()
    {
        var rows = Enumerable.Range(0, 100_000).Select(i => Row(i + 2, "25", "10105", $"HS{i:D8}")).ToList();
        Assert.False(Suspected([.. rows]));
        Assert.True(Suspected([.. rows, Row(100_002, "25", "10105", "HS00054321")]));
        Assert.True(Suspected([Row(2, "25", null, "A"), Row(3, "25", null, "A")]));
    }

    [Fact]
    public void The_same_code_in_other_units_or_split_differently_is_not_a_repeat()
    {
        Assert.False(Suspected(Row(2, "25", "10105", "HS1"), Row(3, "25", "10108", "HS1"), Row(4, "25", null, "HS1")));
        // Unit and code are hashed apart: "25" + "10105HS" is not the commune 10105's "HS".
        Assert.False(Suspected(Row(2, "25", null, "10105HS"), Row(3, "25", "10105", "HS")));
    }
}
