namespace KpiDashboard.UnitTests.Narrative;

public sealed class LabelledCountsTests
{
    [Fact]
    public void A_count_labelled_before_it_needs_no_hồ_sơ_after_it()
    {
        var figures = Extract.Figures(
            "Tháng 9/2021, tỉnh Phú Thọ đã tiếp nhận mới 4.131 hồ sơ, hồ sơ tồn kỳ trước chuyển sang là 2.171, đã giải quyết 15.641 hồ sơ; số hồ sơ quá hạn còn 154, chiếm tỷ lệ 1%.");

        Assert.Equal(4131, figures["received"]);
        Assert.Equal(2171, figures["carried_over"]);
        Assert.Equal(154, figures["resolved_late"]);
    }

    [Fact]
    public void Bộ_counts_dossiers_and_an_approximate_word_links_a_label()
    {
        var figures = Extract.Figures(
            "Trong năm 2020, tỉnh Phú Thọ: số hồ sơ mới tiếp nhận là 57.028 bộ; đã giải quyết 57.689 bộ hồ sơ, trong đó hồ sơ giải quyết đúng hạn trên 57,5 ngàn (đạt 99%).");

        Assert.Equal(57028, figures["received"]);
        Assert.Equal(57689, figures["resolved"]);
        Assert.Equal(57500, figures["resolved_on_time"]);
    }

    [Fact]
    public void An_abbreviation_the_text_defines_counts_like_hồ_sơ()
    {
        var figures = Extract.Figures(
            "Trong tháng 10-2020, tỉnh Phú Thọ đã tiếp nhận 10,18 ngàn hồ sơ (HS) các loại. Cơ quan chức năng đã giải quyết 8,98 ngàn HS, có 17 HS giải quyết trễ hạn.");

        Assert.Equal(10180, figures["received"]);
        Assert.Equal(8980, figures["resolved"]);
        Assert.Equal(17, figures["resolved_late"]);
    }

    [Fact]
    public void Small_counts_written_in_words_are_read()
    {
        var figures = Extract.Figures("Tháng 2/2026, tỉnh Tây Ninh đã giải quyết xong 490 hồ sơ, trong đó chỉ tám hồ sơ quá hạn.");

        Assert.Equal(8, figures["resolved_late"]);
    }
}
