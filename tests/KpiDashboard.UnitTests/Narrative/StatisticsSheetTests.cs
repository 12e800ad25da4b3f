namespace KpiDashboard.UnitTests.Narrative;

/// <summary>Statistics sheets copied as "Label : value" lines, one measure a line, each block opened by the period it is of.</summary>
public sealed class StatisticsSheetTests
{
    [Fact]
    public void Each_block_of_label_lines_is_of_the_period_on_the_line_that_opens_it()
    {
        var statements = Extract.From("""
            Thống kê hồ sơ của Sở Tư pháp tỉnh Phú Thọ
            NĂM : 2024
            Tiếp nhận : 5.210
            Đã giải quyết : 4.980
            Tháng : 3/2024
            Tiếp nhận : 412
            Giải quyết : 398
            Trễ hạn : 7
            """);

        var year = statements.Single(s => s.PeriodStart == new DateOnly(2024, 1, 1));
        Assert.Equal(new DateOnly(2024, 12, 31), year.PeriodEnd);
        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 5210, ["resolved"] = 4980 }, year.Figures.ToDictionary(f => f.Key, f => f.Value.Value));
        var march = statements.Single(s => s.PeriodStart == new DateOnly(2024, 3, 1));
        Assert.Equal(new DateOnly(2024, 3, 31), march.PeriodEnd);
        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 412, ["resolved"] = 398, ["resolved_late"] = 7 },
            march.Figures.ToDictionary(f => f.Key, f => f.Value.Value));
    }

    [Fact]
    public void A_label_with_a_word_the_reader_does_not_know_and_a_zero_are_left_unread()
    {
        var s = Assert.Single(Extract.From("""
            Một cửa điện tử - hồ sơ
            Tháng : 10/2018
            Tiếp nhận : 1156
            Giải quyết : 677
            HST còn hạn : 217
            HST trễ hạn : 116
            Trước hạn : 0
            Đúng hạn : 0
            """));

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 1156, ["resolved"] = 677 }, s.Figures.ToDictionary(f => f.Key, f => f.Value.Value));
        Assert.Equal(new DateOnly(2018, 10, 1), s.PeriodStart);
    }

    [Fact]
    public void One_label_line_alone_or_a_page_not_about_dossiers_is_no_sheet()
    {
        Assert.Empty(Extract.From("""
            Trong tháng 9/2025, tỉnh Phú Thọ có nhiều hoạt động.
            Tiếp nhận : 1200
            """));
        Assert.Empty(Extract.From("""
            Thống kê đơn thư tháng 9/2025
            Tiếp nhận : 120
            Giải quyết : 98
            """));
    }
}
