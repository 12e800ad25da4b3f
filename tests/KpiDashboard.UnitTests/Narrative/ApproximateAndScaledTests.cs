namespace KpiDashboard.UnitTests.Narrative;

public sealed class ApproximateAndScaledTests
{
    [Fact]
    public void Rounded_figures_are_flagged_and_scaled_words_multiply()
    {
        var s = Assert.Single(Extract.From("Tháng 7/2025, tỉnh Hà Tĩnh tiếp nhận khoảng 5,65 ngàn hồ sơ và đã giải quyết gần 1,2 triệu hồ sơ tồn."));

        Assert.Equal(5650, s.Figures["received"].Value);
        Assert.True(s.Figures["received"].Approximate);
        Assert.Equal(1_200_000, s.Figures["resolved"].Value);
        Assert.True(s.Figures["resolved"].Approximate);
    }
}
