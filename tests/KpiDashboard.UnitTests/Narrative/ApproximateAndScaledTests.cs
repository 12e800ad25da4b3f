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

    [Theory]
    [InlineData("tiếp nhận 12,5 nghìn bộ hồ sơ", 12_500)]
    [InlineData("tiếp nhận 12 nghìn 500 hồ sơ", 12_500)]
    [InlineData("tiếp nhận 10,18 ngàn hồ sơ (HS), trong đó 3,2 ngàn HS trực tuyến", 10_180)]
    [InlineData("tiếp nhận hơn 1,5 triệu lượt hồ sơ", 1_500_000)]
    public void Thousands_units_with_a_decimal_comma_or_units_after_them(string phrase, decimal received)
    {
        Assert.Equal(received, Extract.Figures($"Năm 2024, tỉnh Vĩnh Long {phrase}.")["received"]);
    }
}
