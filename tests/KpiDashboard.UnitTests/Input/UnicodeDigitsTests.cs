using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.UnitTests.Ingest;

namespace KpiDashboard.UnitTests.Input;

/// <summary>
/// Digits are ASCII 0-9 everywhere: a period, count or date written in full-width, Arabic-Indic or Devanagari digits is not
/// a number (rejected with the parser's usual message), never an exception; years at the ends of the calendar name no period.
/// </summary>
public sealed class UnicodeDigitsTests
{
    public static TheoryData<string> OddPeriods() =>
    [
        "２０２５-０７", "٢٠٢٥-٠٧", "२०२५-०७", "০৭/২০২৫", "tháng ７/２０２５", "T٧/٢٠٢٥", "２０２５-Q３", "2025-H２", "２０２５",
        "0001-01", "9999-12", "99999999999999999999-01", "2025-9999999999", new string('9', 10_000), "",
    ];

    [Theory]
    [MemberData(nameof(OddPeriods))]
    public void A_period_in_other_digits_or_out_of_range_is_not_a_period(string text)
    {
        Assert.False(Period.TryParse(text, out _));
        Assert.False(Month.TryParseText(text, out _));
        Assert.Throws<FormatException>(() => Period.Parse(text));
    }

    [Theory]
    [InlineData("１２")]
    [InlineData("٣٤")]
    [InlineData("१.२३४")]
    [InlineData("1.２３４")]
    public void A_count_in_other_digits_is_invalid(string text) =>
        Assert.Equal(CountParser.Outcome.Invalid, CountParser.TryParse(text, out _));

    [Fact]
    public void A_figures_file_with_other_digits_lists_the_cells_and_writes_nothing()
    {
        var result = TestUnits.Read("period,province,commune,field,received_online,received_offline\n" +
            "２０２５-０７,Phú Thọ,,SHTT,1,2\n" +
            "2025-07,Phú Thọ,,SHTT,١٢,२\n");
        Assert.Equal([(2, "period"), (3, "received_online"), (3, "received_offline")], result.Errors.Select(e => (e.Row, e.Column)).ToList());
        Assert.All(result.Errors, e => Assert.NotEmpty(e.Message));
    }

    [Theory]
    [InlineData("Trong tháng ７/２０２５, tỉnh Lâm Đồng đã tiếp nhận ９１ hồ sơ.")]
    [InlineData("Trong quý I/٢٠٢٤, tỉnh Lâm Đồng đã tiếp nhận १५९ hồ sơ.")]
    [InlineData("Trong năm 0000, tỉnh Lâm Đồng đã tiếp nhận 12 hồ sơ.")]
    [InlineData("Từ năm 0000 đến năm 9999, tỉnh Lâm Đồng đã tiếp nhận 12 hồ sơ.")]
    [InlineData("Trong quý IV/9999, tỉnh Lâm Đồng đã tiếp nhận 12 hồ sơ.")]
    [InlineData("Trong 9 tháng cuối năm 9999, tỉnh Lâm Đồng đã tiếp nhận 12 hồ sơ.")]
    [InlineData("Từ ngày 1/1/0000 đến 31/12/9999, tỉnh Lâm Đồng đã tiếp nhận 12 hồ sơ.")]
    [InlineData("Tính đến tháng 12/9999, tỉnh Lâm Đồng đã tiếp nhận 12 hồ sơ.")]
    public void A_narrative_with_odd_digits_or_years_reads_without_failing(string text)
    {
        foreach (var reference in new[] { new DateOnly(1, 1, 1), new DateOnly(2025, 11, 12), new DateOnly(9999, 12, 31) })
        {
            var statements = NarrativeExtractor.Extract(text, TestUnits.Directory, BuiltInFields.All, reference);
            Assert.All(statements, s => Assert.True(s.PeriodStart is null || s.PeriodStart.Value.Year is >= 1900 and <= 2100));
        }
    }

    [Theory]
    [InlineData("2025-07-01", true)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("２０２５-０７-０１", false)]
    [InlineData("2025-7-1", false)]
    [InlineData("", false)]
    public void A_typed_day_is_ascii_within_1900_to_2100(string text, bool accepted) =>
        Assert.Equal(accepted, DayText.TryParse(text, out _));
}
