using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.BuiltIn;

namespace KpiDashboard.UnitTests.Forms;

public sealed class UnitConflictTests
{
    [Fact]
    public void A_province_option_other_than_the_header_unit_is_an_error()
    {
        using var form = new FormWorkbook(unit: "UBND tỉnh Phú Thọ");
        form.Add("1", "Sở hữu trí tuệ", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0);
        var hàTĩnh = BuiltInProvinces.All.Single(p => p.Code == "42");

        var result = FormRead.Read(form, new ResolvedScope(hàTĩnh, null, null, null));

        Assert.Contains(result.File.Errors, e => e.Code == "unit_conflict");
        Assert.Empty(result.File.Rows);
    }
}
