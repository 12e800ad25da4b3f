namespace KpiDashboard.UnitTests.Narrative;

public sealed class MonthWithoutYearTests
{
    [Fact]
    public void A_month_after_the_reference_month_is_last_year()
    {
        var s = Assert.Single(Extract.From("Trong tháng 12, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ."));

        Assert.Equal(new DateOnly(2024, 12, 1), s.PeriodStart);
    }
}
