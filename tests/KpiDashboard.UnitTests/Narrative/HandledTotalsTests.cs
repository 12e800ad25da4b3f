namespace KpiDashboard.UnitTests.Narrative;

public sealed class HandledTotalsTests
{
    [Fact]
    public void A_total_that_includes_carried_over_dossiers_is_not_the_received_count()
    {
        var figures = Extract.Figures(
            "Trong tháng 10/2025, tỉnh Phú Thọ đã tiếp nhận tổng cộng 19.361 hồ sơ, trong đó có 16.041 hồ sơ tiếp nhận mới, số còn lại từ kỳ trước chuyển sang.");

        Assert.Equal(16041, figures["received"]);
        Assert.DoesNotContain(figures.Values, v => v == 19361);
    }

    [Fact]
    public void The_breakdown_may_come_in_the_next_sentence_and_level_totals_adding_up_to_it_are_handled_too()
    {
        var statements = Extract.From("""
            Trong quý I năm 2023, tỉnh Phú Thọ đã tiếp nhận 56.039 hồ sơ.
            Trong đó, có 12.516 hồ sơ trực tuyến; 38.613 hồ sơ trực tiếp và bưu chính; 4.910 hồ sơ từ kỳ trước chuyển sang.
            Các sở, ban ngành cấp tỉnh tiếp nhận 23.233 hồ sơ; cấp xã tiếp nhận 32.806 hồ sơ.
            """);

        var whole = statements.Single(s => s.Level is null);
        Assert.False(whole.Figures.ContainsKey("received"));
        Assert.Equal(12516, whole.Figures["received_online"].Value);
        Assert.Equal(4910, whole.Figures["carried_over"].Value);
        Assert.DoesNotContain(statements, s => s.Level is not null && s.Figures.ContainsKey("received"));
    }

    [Fact]
    public void Handled_in_so_many_words_is_no_figure()
    {
        var figures = Extract.Figures("Tháng 9/2021, tỉnh Phú Thọ đã tiếp nhận mới 4.131 hồ sơ, lũy kế đã và đang giải quyết trong kỳ là 6.302 hồ sơ.");

        Assert.Equal(["received"], figures.Keys);
    }
}
