namespace KpiDashboard.UnitTests.Narrative;

/// <summary>Where a figure is placed (unit, level, period) when its own sentence does not say.</summary>
public sealed class PlacementTests
{
    [Fact]
    public void A_level_named_on_a_heading_line_holds_for_the_lines_under_it()
    {
        var statements = Extract.From(
            "Kết quả giải quyết hồ sơ của tỉnh Gia Lai tháng 10/2025\n* Cấp xã\n- Tiếp nhận: 20.000 hồ sơ\n- Đã giải quyết: 19.000 hồ sơ\n* Cấp tỉnh\n- Tiếp nhận: 5.000 hồ sơ");

        var commune = Assert.Single(statements, s => s.Level == "commune");
        Assert.Equal(20_000, commune.Figures["received"].Value);
        Assert.Equal(19_000, commune.Figures["resolved"].Value);
        Assert.Equal(5_000, Assert.Single(statements, s => s.Level == "province").Figures["received"].Value);
        Assert.DoesNotContain(statements, s => s.Level is null);
    }

    [Fact]
    public void A_heading_level_ends_where_the_text_names_the_whole_unit_again()
    {
        var statements = Extract.From(
            "Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ.\n\nb) Tại cấp xã:\n\nTiếp nhận 20.000 hồ sơ, giải quyết 19.000 hồ sơ.\n\nToàn tỉnh đã giải quyết 24.000 hồ sơ.");

        Assert.Equal(20_000, Assert.Single(statements, s => s.Level == "commune").Figures["received"].Value);
        var whole = Assert.Single(statements, s => s.Level is null);
        Assert.Equal(25_000, whole.Figures["received"].Value);
        Assert.Equal(24_000, whole.Figures["resolved"].Value);
    }

    [Fact]
    public void A_level_inside_a_sentence_of_counts_is_no_heading()
    {
        var statements = Extract.From("Tỉnh Gia Lai, tháng 10/2025:\nCấp xã tiếp nhận 20.000 hồ sơ.\nTỉnh Gia Lai đã giải quyết 24.000 hồ sơ.");

        Assert.Equal(20_000, Assert.Single(statements, s => s.Level == "commune").Figures["received"].Value);
        Assert.Equal(24_000, Assert.Single(statements, s => s.Level is null).Figures["resolved"].Value);
    }

    [Fact]
    public void A_headline_figure_is_for_the_only_unit_and_period_the_passage_names()
    {
        var statement = Assert.Single(Extract.From("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.\n\nTrong tháng 10/2025, tỉnh Khánh Hoà tiếp nhận 40.000 hồ sơ."));

        Assert.Contains("Khánh", statement.Province?.FullName);
        Assert.Equal(new DateOnly(2025, 10, 1), statement.PeriodStart);
        Assert.Equal(99.5m, statement.Figures["on_time_rate_percent"].Value);
        Assert.Equal(40_000, statement.Figures["received"].Value);
    }

    [Fact]
    public void A_headline_round_figure_is_the_exact_one_of_the_body()
    {
        var statement = Assert.Single(Extract.From(
            "Tỷ lệ hồ sơ giải quyết đúng hạn đạt gần 100%\n\nTháng 10/2025, tỉnh Khánh Hoà tiếp nhận 40.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,81%."));

        Assert.Equal(99.81m, statement.Figures["on_time_rate_percent"].Value);
    }

    [Fact]
    public void A_headline_figure_that_contradicts_the_units_own_stays_apart()
    {
        var statements = Extract.From(
            "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%.\n\nTháng 10/2025, tỉnh Khánh Hoà tiếp nhận 40.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,81%.");

        Assert.Equal(99.81m, Assert.Single(statements, s => s.Province is not null).Figures["on_time_rate_percent"].Value);
        Assert.Equal(97m, Assert.Single(statements, s => s.Province is null).Figures["on_time_rate_percent"].Value);
    }

    [Fact]
    public void With_two_units_named_a_headline_figure_stays_without_one()
    {
        var statements = Extract.From(
            "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.\n\nTháng 10/2025, tỉnh Khánh Hoà tiếp nhận 40.000 hồ sơ; tỉnh Gia Lai tiếp nhận 25.000 hồ sơ.");

        Assert.Equal(99.5m, Assert.Single(statements, s => s.Province is null).Figures["on_time_rate_percent"].Value);
    }

    [Fact]
    public void The_year_so_far_said_beside_the_period_in_mind_does_not_replace_it()
    {
        var statements = Extract.From(
            "Báo cáo tháng 10/2025 của tỉnh Gia Lai.\n\nTrong kỳ, tỉnh tiếp nhận 9.000 hồ sơ; lũy kế từ đầu năm tiếp nhận 90.000 hồ sơ.\n\nTỷ lệ giải quyết đúng hạn trong kỳ đạt 99%.");

        var month = Assert.Single(statements, s => s.PeriodStart == new DateOnly(2025, 10, 1));
        Assert.Equal(9_000, month.Figures["received"].Value);
        Assert.Equal(99m, month.Figures["on_time_rate_percent"].Value);
        var year = Assert.Single(statements, s => s.PeriodStart == new DateOnly(2025, 1, 1));
        Assert.Equal(new DateOnly(2025, 10, 31), year.PeriodEnd);
        Assert.Equal(90_000, year.Figures["received"].Value);
    }

    [Fact]
    public void A_unit_named_after_a_count_in_a_breakdown_is_a_part_of_it_not_its_unit()
    {
        var statements = Extract.From("Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ. Các xã tiếp nhận 20.000 hồ sơ, trong đó xã Ia Grai tiếp nhận 1.000 hồ sơ.");

        var communes = Assert.Single(statements, s => s.Level == "commune");
        Assert.Equal("tỉnh Gia Lai", communes.UnitText);
        Assert.Equal(20_000, communes.Figures["received"].Value);
        Assert.Equal(1_000, Assert.Single(statements, s => s.UnitText == "xã Ia Grai").Figures["received"].Value);
    }

    [Fact]
    public void A_period_named_after_a_count_in_another_clause_is_that_clauses()
    {
        var statements = Extract.From("Năm 2024, tỉnh Gia Lai hoạt động tốt.\n\nTỉnh tiếp nhận 200.000 hồ sơ; riêng tháng 12/2024 tiếp nhận 20.000 hồ sơ.");

        Assert.Equal(200_000, Assert.Single(statements, s => s.PeriodStart == new DateOnly(2024, 1, 1)).Figures["received"].Value);
        Assert.Equal(20_000, Assert.Single(statements, s => s.PeriodStart == new DateOnly(2024, 12, 1)).Figures["received"].Value);
    }

    [Fact]
    public void A_period_named_after_a_count_in_its_own_clause_is_its_own()
    {
        var statement = Assert.Single(Extract.From("Tỉnh Gia Lai tiếp nhận 200.000 hồ sơ, giải quyết 190.000 hồ sơ trong năm 2024."));

        Assert.Equal(new DateOnly(2024, 1, 1), statement.PeriodStart);
        Assert.Equal(200_000, statement.Figures["received"].Value);
    }

    [Fact]
    public void A_cut_off_day_in_parentheses_after_a_named_period_leaves_the_period()
    {
        var statement = Assert.Single(Extract.From("Trong năm 2025 (tính đến ngày 15/11/2025), tỉnh Phú Thọ tiếp nhận 620.000 hồ sơ."));

        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (statement.PeriodStart, statement.PeriodEnd));
    }

    [Fact]
    public void A_period_after_the_second_count_of_a_sentence_is_its_own()
    {
        var statements = Extract.From("Tỉnh Phú Thọ tiếp nhận 70.000 hồ sơ trong tháng 10/2025 và 620.000 hồ sơ từ đầu năm đến hết tháng 10/2025.");

        Assert.Equal(70_000, Assert.Single(statements, s => s.PeriodStart == new DateOnly(2025, 10, 1)).Figures["received"].Value);
        Assert.Equal(620_000, Assert.Single(statements, s => s.PeriodStart == new DateOnly(2025, 1, 1) && s.PeriodEnd == new DateOnly(2025, 10, 31)).Figures["received"].Value);
    }

    [Fact]
    public void A_headline_told_roughly_gives_way_to_the_exact_figure_of_the_body()
    {
        var statement = Assert.Single(Extract.From(
            "Phú Thọ: 9 tháng năm 2025 tiếp nhận hơn 500.000 hồ sơ. Theo báo cáo của UBND tỉnh, trong 9 tháng năm 2025, tỉnh Phú Thọ tiếp nhận 512.340 hồ sơ."));

        Assert.Equal(512_340, statement.Figures["received"].Value);
        Assert.False(statement.Figures["received"].Approximate);
    }

    [Fact]
    public void A_rough_figure_far_from_a_later_exact_one_stands()
    {
        var statement = Assert.Single(Extract.From(
            "Tháng 10/2025, tỉnh Phú Thọ tiếp nhận hơn 50.000 hồ sơ. Tháng 10/2025, tỉnh Phú Thọ tiếp nhận 70.000 hồ sơ."));

        Assert.Equal(50_000, statement.Figures["received"].Value);
    }
}

