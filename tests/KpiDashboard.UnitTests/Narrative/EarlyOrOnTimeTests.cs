namespace KpiDashboard.UnitTests.Narrative;

public sealed class EarlyOrOnTimeTests
{
    [Fact]
    public void Early_and_on_time_given_as_one_number_and_the_on_time_rate()
    {
        var figures = Extract.Figures(
            "Tháng 8/2025, tỉnh Phú Thọ đã giải quyết 1.625 hồ sơ, trong đó 1.456 hồ sơ trước và đúng hạn, tỷ lệ giải quyết đúng hạn đạt 98,5%.");

        Assert.Equal(1625, figures["resolved"]);
        Assert.Equal(1456, figures["early_or_on_time"]);
        Assert.Equal(98.5m, figures["on_time_rate_percent"]);
    }
}
