using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.UnitTests.Forms;

public sealed class UnitAndPeriodFromOptionsTests
{
    [Fact]
    public void Without_a_header_block_the_options_give_unit_and_period()
    {
        using var form = new FormWorkbook(unit: null, period: null);
        form.Add("1", "Sở hữu trí tuệ", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0);
        var commune = TestUnits.Communes[0];
        var phúThọ = BuiltInProvinces.All.Single(p => p.Code == "25");

        var row = Assert.Single(FormRead.Read(form, new ResolvedScope(phúThọ, commune, new Month(2025, 8), null)).File.Rows);

        Assert.Equal(202508, row.Key.Period);
        Assert.Equal("07912", row.Key.CommuneCode);
    }

    [Fact]
    public void Without_header_or_options_unit_and_period_are_errors()
    {
        using var form = new FormWorkbook(unit: null, period: null);
        form.Add("1", "Sở hữu trí tuệ", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0);

        var codes = FormRead.Read(form).File.Errors.Select(e => e.Code).ToList();

        Assert.Contains("missing_unit", codes);
        Assert.Contains("missing_period", codes);
    }
}
