using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Narrative;

public sealed class OnTimeRatesTests
{
    [Fact]
    public void The_share_of_the_early_and_on_time_count_is_the_on_time_rate_and_other_shares_are_not()
    {
        var figures = Extract.Figures(
            "Trong quý I/2024, tỉnh Phú Thọ đã giải quyết 643.272 hồ sơ; trong đó, số hồ sơ giải quyết đúng và trước hạn có 635.593 hồ sơ, chiếm tỷ lệ 98,81%; số hồ sơ quá hạn có 7.677 hồ sơ, chiếm tỷ lệ 1,19%.");

        Assert.Equal(98.81m, figures["on_time_rate_percent"]);
    }

    [Fact]
    public void On_time_alone_beside_an_early_count_is_not_the_on_time_rate()
    {
        var figures = Extract.Figures(
            "Tháng 10/2025, tỉnh Phú Thọ đã giải quyết 15.641 hồ sơ, trong đó giải quyết trước hạn có 13.529 hồ sơ, chiếm tỷ lệ 86,5%; giải quyết đúng hạn có 1.958 hồ sơ, chiếm tỷ lệ 12,5%.");

        Assert.False(figures.ContainsKey("on_time_rate_percent"));
    }

    [Fact]
    public void The_rate_may_be_named_after_the_percentage()
    {
        var figures = Extract.Figures("Tháng 9/2025, tỉnh Phú Thọ: trên 98% thủ tục hành chính được giải quyết đúng và trước hạn.");

        Assert.Equal(98, figures["on_time_rate_percent"]);
    }

    [Theory]
    [InlineData("Tỉnh Phú Thọ: tỉ lệ Đúng hạn = 100% - Tỉ lệ Trễ hạn.")]
    [InlineData("Tỉnh Phú Thọ có 17 đơn vị có tỷ lệ hồ sơ xử lý đúng hạn đạt 100%.")]
    [InlineData("Tháng 9/2025, tỷ lệ giải quyết hồ sơ của tỉnh Phú Thọ đạt 96,6%, tỷ lệ hồ sơ trực tuyến đạt 39,98%.")]
    public void A_formula_a_rate_some_units_have_a_resolution_rate_or_an_online_share_is_no_on_time_rate(string text)
    {
        Assert.Empty(NarrativeExtractor.Extract(text, TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void The_share_of_an_on_time_count_is_the_on_time_rate()
    {
        var f = Extract.Figures("Tháng 10/2020, tỉnh Vĩnh Long có 7.950 hồ sơ giải quyết đúng hạn, chiếm 99,4% số hồ sơ đã giải quyết.");

        Assert.Equal(99.4m, f["on_time_rate_percent"]);
    }

    [Fact]
    public void The_share_of_the_on_time_only_count_beside_an_early_count_is_no_on_time_rate()
    {
        var f = Extract.Figures("Tháng 10/2020, tỉnh Vĩnh Long giải quyết trước hạn 6.000 hồ sơ, chiếm 75,5%; giải quyết đúng hạn 1.900 hồ sơ, chiếm 23,9%.");

        Assert.Equal(new Dictionary<string, decimal> { ["resolved_early"] = 6000, ["resolved_on_time"] = 1900 }, f);
    }

    [Fact]
    public void A_count_a_share_is_compared_with_does_not_lend_its_verb_to_the_counts_after_it()
    {
        var f = Extract.Figures("Tháng 10/2020, tỉnh Vĩnh Long giải quyết 8.000 hồ sơ, đạt 98% so với số hồ sơ tiếp nhận; trong đó đúng và trước hạn 7.950 hồ sơ, đạt 99,4%.");

        Assert.Equal(new Dictionary<string, decimal> { ["resolved"] = 8000, ["early_or_on_time"] = 7950, ["on_time_rate_percent"] = 99.4m }, f);
    }

    [Theory]
    [InlineData("Năm 2025, tỉnh Phú Thọ phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.")]
    [InlineData("Năm 2025, tỉnh Phú Thọ đặt mục tiêu tỷ lệ giải quyết hồ sơ đúng hạn đạt trên 98%.")]
    [InlineData("Năm 2025, UBND tỉnh Phú Thọ yêu cầu bảo đảm 100% hồ sơ được giải quyết đúng hạn.")]
    [InlineData("Năm 2025, chỉ tiêu tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Phú Thọ là 95%.")]
    [InlineData("Phấn đấu năm 2026, tỉnh Phú Thọ giải quyết đúng hạn 100% hồ sơ.")]
    public void A_target_is_no_rate(string text)
    {
        Assert.Empty(NarrativeExtractor.Extract(text, TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void A_result_beside_a_target_stays()
    {
        var f = Extract.Figures("Năm 2025, tỉnh Phú Thọ tiếp nhận 6.200 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,5%; phấn đấu năm 2026 đạt 100% và tiếp nhận 8.000 hồ sơ trực tuyến.");

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 6200, ["on_time_rate_percent"] = 98.5m }, f);
    }

    [Fact]
    public void A_target_carried_out_opens_a_result()
    {
        var f = Extract.Figures("Thực hiện mục tiêu cải cách hành chính, năm 2025 tỉnh Phú Thọ tiếp nhận 6.200 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,5%.");

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 6200, ["on_time_rate_percent"] = 98.5m }, f);
    }

    [Theory]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ; tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 99,7%.")]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn tăng 2% so với tháng trước.")]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ; có 20 xã đạt tỷ lệ giải quyết đúng hạn 100%.")]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ; tỷ lệ giải quyết đúng hạn của các đơn vị trung bình đạt 98%.")]
    public void The_rate_of_online_dossiers_a_change_of_the_rate_and_rates_of_some_units_are_not_the_on_time_rate(string text)
    {
        Assert.Equal(new Dictionary<string, decimal> { ["resolved"] = 12_000 }, Extract.Figures(text));
    }

    [Theory]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ, 99,5% hồ sơ được giải quyết đúng hạn.")]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ, đạt tỷ lệ 99,5% hồ sơ đúng hạn.")]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ; tỷ lệ hồ sơ giải quyết đúng, trước hạn đạt 99,5%.")]
    public void A_share_of_resolved_dossiers_the_words_after_call_on_time_is_the_rate(string text)
    {
        Assert.Equal(new Dictionary<string, decimal> { ["resolved"] = 12_000, ["on_time_rate_percent"] = 99.5m }, Extract.Figures(text));
    }

    [Fact]
    public void The_on_time_share_beside_a_separate_early_count_is_not_the_rate()
    {
        var f = Extract.Figures("Tháng 5/2024, tỉnh Phú Thọ giải quyết 12.000 hồ sơ, trong đó 11.000 hồ sơ trước hạn, 95% hồ sơ đúng hạn.");

        Assert.Equal(new Dictionary<string, decimal> { ["resolved"] = 12_000, ["resolved_early"] = 11_000 }, f);
    }

    [Theory]
    [InlineData("Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ. Tỷ lệ nhiệm vụ được giao hoàn thành đúng hạn đạt 95%.")]
    [InlineData("Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ; tỷ lệ văn bản xử lý đúng hạn đạt 97%.")]
    [InlineData("Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ; tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn đạt 98%.")]
    public void The_on_time_rate_of_another_thing_than_dossiers_is_no_on_time_rate(string text)
    {
        var figures = Extract.Figures(text);

        Assert.Equal(25_000, figures["received"]);
        Assert.False(figures.ContainsKey("on_time_rate_percent"));
    }

    [Fact]
    public void The_rate_of_dossiers_beside_a_rate_of_tasks_is_read()
    {
        var figures = Extract.Figures(
            "Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ; tỷ lệ nhiệm vụ hoàn thành đúng hạn đạt 95%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%.");

        Assert.Equal(99.2m, figures["on_time_rate_percent"]);
    }
}
