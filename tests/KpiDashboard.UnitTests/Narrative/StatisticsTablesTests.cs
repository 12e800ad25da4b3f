namespace KpiDashboard.UnitTests.Narrative;

public sealed class StatisticsTablesTests
{
    [Fact]
    public void The_header_gives_each_number_its_measure_and_a_percentage_is_never_a_count()
    {
        var statements = Extract.From("""
            Kết quả giải quyết hồ sơ của tỉnh Phú Thọ tháng 7/2025
            Đơn vị Tiếp nhận Đã giải quyết Trước hạn Đúng hạn Trễ hạn
            Số lượng % Số lượng % Số lượng %
            Cấp xã 1.200 1.100 900 81,8% 180 16,4% 20 1,8%
            Tổng cộng 5.000 4.600 4.000 87% 500 10,9% 100 2,1%
            """);

        var whole = statements.Single(s => s.Level is null);
        Assert.Equal("25", whole.Province?.Code);
        Assert.Equal(new DateOnly(2025, 7, 1), whole.PeriodStart);
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["received"] = 5000, ["resolved"] = 4600, ["resolved_early"] = 4000, ["resolved_on_time"] = 500, ["resolved_late"] = 100,
        }, whole.Figures.ToDictionary(f => f.Key, f => f.Value.Value));
        Assert.Equal(1100, statements.Single(s => s.Level == "commune").Figures["resolved"].Value);
        Assert.DoesNotContain(statements.SelectMany(s => s.Figures.Values), f => f.Value is 87 or 82 or 16 or 2);
    }

    [Fact]
    public void Rows_per_service_level_or_agency_are_no_figures_and_prose_after_the_table_is_read_again()
    {
        var statements = Extract.From("""
            Tỉnh Phú Thọ, tháng 7/2025.
            Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn
            Tổng % Tổng % Tổng %
            Mức 1, 2 268763 257141 11622 124907 48,6% 102770 40% 19852 7,7%
            Sở Tư pháp 1665 1611 54 952 59,1% 388 24,1% 268 16,6%
            Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ.
            """);

        var s = Assert.Single(statements);
        Assert.Equal(["received"], s.Figures.Keys);
        Assert.Equal(91, s.Figures["received"].Value);
    }

    [Fact]
    public void A_sentence_naming_the_measures_is_not_taken_for_a_header_of_the_next_one()
    {
        var s = Assert.Single(Extract.From("""
            Báo cáo nêu số hồ sơ đã tiếp nhận, đã giải quyết trước hạn, đúng hạn và trễ hạn.
            Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ, đã giải quyết 73 hồ sơ.
            """));

        Assert.Equal(91, s.Figures["received"].Value);
        Assert.Equal(73, s.Figures["resolved"].Value);
    }

    [Fact]
    public void A_column_headed_as_a_rate_holds_percentages_without_their_sign_and_the_on_time_rate_column_gives_the_rate()
    {
        var statements = Extract.From("""
            Tháng 5/2024, tỉnh Phú Thọ:
            Đơn vị Tiếp nhận Đã giải quyết Trước hạn Đúng hạn Quá hạn Tỷ lệ đúng hạn (%)
            Cấp xã 3.400 3.300 3.000 290 10 99,7
            Tổng cộng 4.600 4.400 3.900 470 30 99,3
            """);

        var whole = statements.Single(s => s.Level is null);
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["received"] = 4600, ["resolved"] = 4400, ["resolved_early"] = 3900, ["resolved_on_time"] = 470, ["resolved_late"] = 30,
            ["on_time_rate_percent"] = 99.3m,
        }, whole.Figures.ToDictionary(f => f.Key, f => f.Value.Value));
        Assert.Equal(3400, statements.Single(s => s.Level == "commune").Figures["received"].Value);
    }

    [Fact]
    public void A_share_column_after_each_count_is_never_a_count()
    {
        var s = Assert.Single(Extract.From("""
            Tháng 5/2024, tỉnh Phú Thọ:
            Đơn vị Tiếp nhận Giải quyết Đúng hạn Tỷ lệ % Trễ hạn Tỷ lệ %
            Toàn tỉnh 4.600 4.400 4.370 99,3 30 0,7
            """));

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 4600, ["resolved"] = 4400, ["resolved_on_time"] = 4370, ["resolved_late"] = 30 },
            s.Figures.ToDictionary(f => f.Key, f => f.Value.Value));
    }

    [Theory]
    [InlineData("| Đơn vị | Tiếp nhận | Đã giải quyết | Đúng hạn | Trễ hạn |\n|---|---|---|---|---|\n| Toàn tỉnh | 4.600 | 4.400 | 4.370 | 30 |")]
    [InlineData("Đơn vị\tTiếp nhận\tĐã giải quyết\tĐúng hạn\tTrễ hạn\nToàn tỉnh\t4.600\t4.400\t4.370\t30")]
    public void Cells_parted_by_bars_or_tabs_are_read_as_columns(string table)
    {
        var s = Assert.Single(Extract.From("Tháng 5/2024, tỉnh Phú Thọ:\n" + table));

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 4600, ["resolved"] = 4400, ["resolved_on_time"] = 4370, ["resolved_late"] = 30 },
            s.Figures.ToDictionary(f => f.Key, f => f.Value.Value));
    }

    [Fact]
    public void A_label_ending_with_a_number_is_still_a_label()
    {
        var s = Assert.Single(Extract.From("""
            Tỉnh Phú Thọ, tháng 7/2025.
            Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn
            Tổng % Tổng % Tổng %
            Mức 3 68544 61827 6717 43434 70,3% 11795 19,1% 4331 7%
            Tổng cộng 70209 63438 6771 44386 70% 12183 19,2% 4599 7,2%
            """));

        Assert.Equal(63438, s.Figures["resolved"].Value);
        Assert.Equal(6771, s.Figures["pending"].Value);
    }

    [Fact]
    public void Numbered_rows_and_rows_named_by_their_council_keep_their_level()
    {
        var statements = Extract.From("""
            Tháng 6/2024, tỉnh Phú Thọ:
            STT Đơn vị Tiếp nhận Đã giải quyết Đúng hạn Trễ hạn
            1 UBND cấp xã 3.400 3.300 3.290 10
            II Tổng cộng: 4.600 4.400 4.370 30
            """);

        Assert.Equal(3400, statements.Single(s => s.Level == "commune").Figures["received"].Value);
        Assert.Equal(4600, statements.Single(s => s.Level is null).Figures["received"].Value);
    }
}
