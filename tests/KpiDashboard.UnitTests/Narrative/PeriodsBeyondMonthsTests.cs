using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Narrative;

public sealed class PeriodsBeyondMonthsTests
{
    [Theory]
    [InlineData("Trong quý I/2024, tỉnh Lâm Đồng đã tiếp nhận 159.845 hồ sơ.", "2024-01-01", "2024-03-31")]
    [InlineData("Trong quý III-2020, tỉnh Lâm Đồng đã tiếp nhận 25.200 hồ sơ.", "2020-07-01", "2020-09-30")]
    [InlineData("Trong 9 tháng đầu năm 2020, tỉnh Lâm Đồng đã tiếp nhận 61.300 hồ sơ.", "2020-01-01", "2020-09-30")]
    [InlineData("Trong năm 2023, tỉnh Lâm Đồng đã tiếp nhận 87.582 hồ sơ.", "2023-01-01", "2023-12-31")]
    [InlineData("Tính từ ngày 1/7 đến cuối tháng 10/2025, tỉnh Lâm Đồng đã tiếp nhận 2.265 hồ sơ.", "2025-07-01", "2025-10-31")]
    [InlineData("Từ ngày 2.1.2018 đến 17.5.2018, tỉnh Lâm Đồng đã tiếp nhận 25.368 hồ sơ.", "2018-01-02", "2018-05-17")]
    [InlineData("Tính đến tháng 9/2016, tỉnh Lâm Đồng đã tiếp nhận 308.000 hồ sơ.", "2016-01-01", "2016-09-30")]
    [InlineData("Tính từ đầu năm đến ngày 20/9/2025, tỉnh Lâm Đồng đã tiếp nhận 3.210 hồ sơ.", "2025-01-01", "2025-09-20")]
    [InlineData("Từ đầu năm 2024 đến hết ngày 15/6, tỉnh Lâm Đồng đã tiếp nhận 3.210 hồ sơ.", "2024-01-01", "2024-06-15")]
    [InlineData("Từ đầu năm đến ngày 15/11, tỉnh Lâm Đồng đã tiếp nhận 3.210 hồ sơ.", "2024-01-01", "2024-11-15")]
    public void A_quarter_months_of_a_year_a_year_or_a_date_range_is_the_period(string text, string start, string end)
    {
        var s = Assert.Single(Extract.From(text));

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
        Assert.Null(s.Month);
    }

    [Fact]
    public void A_named_period_wins_over_the_dates_that_explain_its_cut_off()
    {
        var s = Assert.Single(Extract.From("Trong quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020), tỉnh Lâm Đồng đã tiếp nhận 659.245 hồ sơ."));

        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2020, 3, 31)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
    }

    [Fact]
    public void Until_now_a_comparison_and_a_plan_year_are_no_period()
    {
        var statements = Extract.From("""
            Kể từ tháng 11/2019 đến nay, tỉnh Lâm Đồng đã tiếp nhận 4.100 hồ sơ trực tuyến.
            Tháng 10-2020, tỉnh Hà Tĩnh đã tiếp nhận 10.180 hồ sơ. Số lượng hồ sơ tiếp nhận giảm 142 hồ sơ so với tháng 9-2020, đã giải quyết 8.980 hồ sơ theo kế hoạch năm 2021.
            """);

        Assert.Equal(2, statements.Count);
        Assert.Null(statements[0].PeriodStart);
        Assert.Equal(new DateOnly(2020, 10, 1), statements[1].PeriodStart);
        Assert.Equal(8980, statements[1].Figures["resolved"].Value);
    }

    [Fact]
    public void Figures_before_the_only_period_of_a_passage_are_for_it()
    {
        var s = Assert.Single(Extract.From("Tỉnh Phú Thọ hiện còn 120 hồ sơ xử lý quá hạn. Đó là số liệu tính đến cuối tháng 9/2025."));

        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 9, 30)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
        Assert.Equal(120, s.Figures["pending_overdue"].Value);
    }

    [Theory]
    [InlineData("Sáu tháng đầu năm 2017, tỉnh An Giang tiếp nhận 500 hồ sơ.", "2017-01-01", "2017-06-30")]
    [InlineData("Chín tháng năm 2020, tỉnh An Giang tiếp nhận 500 hồ sơ.", "2020-01-01", "2020-09-30")]
    [InlineData("Từ đầu năm 2019 đến hết tháng 8, tỉnh An Giang tiếp nhận 500 hồ sơ.", "2019-01-01", "2019-08-31")]
    [InlineData("Tháng Tám năm 2019, tỉnh An Giang tiếp nhận 500 hồ sơ.", "2019-08-01", "2019-08-31")]
    [InlineData("Giai đoạn 2016-2020, tỉnh An Giang tiếp nhận 500 hồ sơ.", "2016-01-01", "2020-12-31")]
    public void Periods_written_in_words_or_opened_by_the_start_of_a_named_year(string text, string start, string end)
    {
        var s = Assert.Single(Extract.From(text));

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
    }

    [Fact]
    public void The_span_of_a_plan_is_not_the_period_of_the_figures()
    {
        var s = Assert.Single(Extract.From("Thực hiện Chương trình cải cách hành chính giai đoạn 2021-2030, trong năm 2023 tỉnh An Giang tiếp nhận 500 hồ sơ."));

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
    }

    [Theory]
    [InlineData("Tháng 7/2025, tỉnh Phú Thọ tiếp nhận 6.200 hồ sơ. Lũy kế 7 tháng, tỉnh Phú Thọ tiếp nhận 40.000 hồ sơ.")]
    [InlineData("Tháng 7/2025, tỉnh Phú Thọ tiếp nhận 6.200 hồ sơ; lũy kế từ đầu năm tiếp nhận 40.000 hồ sơ.")]
    public void A_cumulative_figure_is_for_the_months_of_the_year_in_mind_so_far(string text)
    {
        var statements = Extract.From(text);

        Assert.Equal(6200, statements.Single(s => s.PeriodStart == new DateOnly(2025, 7, 1)).Figures["received"].Value);
        var cumulative = statements.Single(s => s.PeriodStart == new DateOnly(2025, 1, 1));
        Assert.Equal(new DateOnly(2025, 7, 31), cumulative.PeriodEnd);
        Assert.Equal(40_000, cumulative.Figures["received"].Value);
    }

    [Theory]
    [InlineData("Từ tháng 4 đến tháng 6/2024, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", 2024, 4, 2024, 6, 30)]
    [InlineData("Từ tháng 10/2024 đến hết tháng 3/2025, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", 2024, 10, 2025, 3, 31)]
    [InlineData("Từ tháng 11 đến tháng 2/2025, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", 2024, 11, 2025, 2, 28)]
    public void A_span_of_months_starts_with_its_first_month(string text, int startYear, int startMonth, int endYear, int endMonth, int endDay)
    {
        var s = Assert.Single(Extract.From(text));

        Assert.Equal((new DateOnly(startYear, startMonth, 1), new DateOnly(endYear, endMonth, endDay)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
        Assert.Equal(30_000, s.Figures["received"].Value);
    }

    [Theory]
    [InlineData("Nửa đầu năm 2024, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", 2024, 1, 6)]
    [InlineData("Nửa cuối năm 2024, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", 2024, 7, 12)]
    [InlineData("Tính đến hết năm 2023, tỉnh Phú Thọ đã tiếp nhận 30.000 hồ sơ.", 2023, 1, 12)]
    [InlineData("Riêng năm 2023, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", 2023, 1, 12)]
    [InlineData("Tính chung năm 2023, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", 2023, 1, 12)]
    public void Halves_of_a_year_and_a_year_to_its_end(string text, int year, int first, int last)
    {
        var s = Assert.Single(Extract.From(text));

        Assert.Equal((new DateOnly(year, first, 1), new DateOnly(year, last, 1).AddMonths(1).AddDays(-1)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
    }

    [Fact]
    public void The_last_months_of_a_year_read_before_they_begin_are_of_the_year_before()
    {
        var s = Assert.Single(NarrativeExtractor.Extract("Sáu tháng cuối năm, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 2, 10)));

        Assert.Equal((new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 31)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
    }

    [Fact]
    public void A_target_to_the_end_of_a_year_is_no_figure()
    {
        Assert.Empty(Extract.From("Phấn đấu đến hết năm 2025, tỉnh Phú Thọ giải quyết đúng hạn 99% hồ sơ."));
    }

    [Theory]
    [InlineData("Quý I/2024, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ; riêng tháng 3 tiếp nhận 11.000 hồ sơ.")]
    [InlineData("Tháng 3/2024, tỉnh Phú Thọ tiếp nhận 11.000 hồ sơ; quý I tiếp nhận 30.000 hồ sơ.")]
    public void A_month_or_quarter_without_a_year_is_of_the_year_named_before_it(string text)
    {
        var statements = Extract.From(text);

        Assert.Equal(11_000, statements.Single(s => s.PeriodStart == new DateOnly(2024, 3, 1)).Figures["received"].Value);
        Assert.Equal(30_000, statements.Single(s => s.PeriodStart == new DateOnly(2024, 1, 1) && s.PeriodEnd == new DateOnly(2024, 3, 31)).Figures["received"].Value);
    }

    [Fact]
    public void A_quarter_without_a_year_is_of_the_year_in_mind()
    {
        var statements = Extract.From("Năm 2023, tỉnh Phú Thọ tiếp nhận 150.000 hồ sơ.\nRiêng quý IV, tỉnh Phú Thọ tiếp nhận 40.000 hồ sơ.");

        Assert.Equal(40_000, statements.Single(s => s.PeriodStart == new DateOnly(2023, 10, 1)).Figures["received"].Value);
    }

    [Fact]
    public void The_first_quarter_in_words()
    {
        var s = Assert.Single(Extract.From("Trong quý đầu năm 2024, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ."));

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
    }

    [Theory]
    [InlineData("2025-01-15", 2024)]
    [InlineData("2025-05-20", 2025)]
    [InlineData("2025-07-02", 2025)]
    public void The_first_months_without_a_year_are_the_latest_ones_past_or_nearly_past(string reference, int year)
    {
        var s = Assert.Single(NarrativeExtractor.Extract("6 tháng đầu năm, tỉnh Phú Thọ tiếp nhận 30.000 hồ sơ.", TestUnits.Directory, BuiltInFields.All,
            DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal((new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)), (s.PeriodStart!.Value, s.PeriodEnd!.Value));
    }
}
