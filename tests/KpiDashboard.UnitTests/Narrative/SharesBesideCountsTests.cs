namespace KpiDashboard.UnitTests.Narrative;

/// <summary>A count written in parentheses after a share of another count: the count of what the share names.</summary>
public sealed class SharesBesideCountsTests
{
    [Fact]
    public void A_count_in_parentheses_after_an_online_share_is_the_online_count()
    {
        var f = Extract.Figures("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận hơn 12.000 hồ sơ, trong đó 40% hồ sơ trực tuyến (4.800 hồ sơ).");

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 12_000, ["received_online"] = 4_800 }, f);
    }

    [Fact]
    public void A_count_in_parentheses_after_an_on_time_share_is_the_on_time_count_and_the_share_its_rate()
    {
        var f = Extract.Figures("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ, trong đó 98% đúng hạn (11.760 hồ sơ).");

        Assert.Equal(new Dictionary<string, decimal> { ["resolved"] = 12_000, ["resolved_on_time"] = 11_760, ["on_time_rate_percent"] = 98 }, f);
    }

    [Fact]
    public void A_count_in_parentheses_after_the_total_a_share_is_of_is_that_total()
    {
        var f = Extract.Figures("Tháng 10/2025, số hồ sơ trực tuyến toàn trình của tỉnh Phú Thọ là 30.500 hồ sơ, chiếm 55,4% tổng số hồ sơ tiếp nhận (55.000 hồ sơ).");

        Assert.Equal(new Dictionary<string, decimal> { ["received_online"] = 30_500, ["received"] = 55_000 }, f);
    }

    [Fact]
    public void A_total_of_another_period_in_parentheses_stays_out()
    {
        var f = Extract.Figures("Tháng 10/2025, tỉnh Phú Thọ tiếp nhận trực tuyến 30.500 hồ sơ, bằng 5% tổng số hồ sơ tiếp nhận cả năm 2024 (610.000 hồ sơ).");

        Assert.Equal(new Dictionary<string, decimal> { ["received_online"] = 30_500 }, f);
    }

    [Theory]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 12.000 hồ sơ, tăng 5% (600 hồ sơ) so với tháng 4.")]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 12.000 hồ sơ, bằng 95% cùng kỳ năm trước (12.600 hồ sơ).")]
    public void A_count_in_parentheses_after_a_change_or_a_comparison_stays_out(string text)
    {
        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 12_000 }, Extract.Figures(text));
    }
}
