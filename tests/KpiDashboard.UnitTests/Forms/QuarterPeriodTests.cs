namespace KpiDashboard.UnitTests.Forms;

public sealed class QuarterPeriodTests
{
    [Fact]
    public void A_form_for_a_quarter_is_refused_because_facts_are_monthly()
    {
        using var form = new FormWorkbook(period: "Kỳ báo cáo: Quý III năm 2025 (Từ ngày 01/07/2025 đến ngày 30/09/2025)");
        form.Add("1", "Sở hữu trí tuệ", 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0);

        Assert.Contains(FormRead.Read(form).File.Errors, e => e.Code == "period_not_a_month");
    }
}
