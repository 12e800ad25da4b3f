using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.UnitTests.Forms;

public sealed class PeriodConflictTests
{
    [Fact]
    public void A_period_option_other_than_the_header_period_is_an_error()
    {
        using var form = new FormWorkbook();
        form.Add("1", "Sở hữu trí tuệ", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0);

        var result = FormRead.Read(form, new ResolvedScope(null, null, new Month(2025, 6), null));

        Assert.Contains(result.File.Errors, e => e.Code == "period_conflict");
    }
}
