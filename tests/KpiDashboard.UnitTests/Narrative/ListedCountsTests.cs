namespace KpiDashboard.UnitTests.Narrative;

/// <summary>
/// Numbers written without "hồ sơ" in a list beside a count of dossiers: each is one more of those dossiers when the words of
/// a measure stand right before it; other numbers of the sentence stay out.
/// </summary>
public sealed class ListedCountsTests
{
    private static readonly Dictionary<string, decimal> Resolved = new()
    {
        ["resolved"] = 52_000, ["resolved_early"] = 30_000, ["resolved_on_time"] = 21_000, ["resolved_late"] = 1_000,
    };

    [Theory]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ đã giải quyết 52.000 hồ sơ, trong đó trước hạn 30.000, đúng hạn 21.000, quá hạn 1.000 hồ sơ.")]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ đã giải quyết 52.000 hồ sơ, trong đó: trước hạn 30.000; đúng hạn 21.000; quá hạn 1.000.")]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ đã giải quyết 52.000 hồ sơ (trước hạn 30.000, đúng hạn 21.000, trễ hạn 1.000).")]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ đã giải quyết 52.000 hồ sơ, trong đó trước hạn 30.000 hồ sơ, đúng hạn là 21.000, quá hạn 1.000.")]
    public void A_breakdown_written_once_with_its_noun_gives_every_part(string text)
    {
        Assert.Equal(Resolved, Extract.Figures(text));
    }

    [Fact]
    public void Verbs_of_the_form_before_bare_numbers_go_on_with_the_count_before()
    {
        var f = Extract.Figures("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ (trực tuyến 40.000, chiếm 72,7%); đã giải quyết 52.000; đang giải quyết 3.000.");

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 55_000, ["received_online"] = 40_000, ["resolved"] = 52_000, ["pending"] = 3_000 }, f);
    }

    [Fact]
    public void Early_and_on_time_together_before_a_bare_number_stay_one_figure()
    {
        var f = Extract.Figures("Tháng 11/2025, tỉnh Phú Thọ đã giải quyết 52.000 hồ sơ, trong đó trước và đúng hạn 51.000, quá hạn 1.000 hồ sơ.");

        Assert.Equal(new Dictionary<string, decimal> { ["resolved"] = 52_000, ["early_or_on_time"] = 51_000, ["resolved_late"] = 1_000 }, f);
    }

    [Theory]
    // Shares, days, fields, months and ranks are no dossiers.
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ, giải quyết đúng hạn 98,5%, trễ hạn 3 ngày.")]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ, trong đó trực tuyến 72%, giải quyết 12 lĩnh vực.")]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ, đúng hạn tháng 10, xếp thứ 3.")]
    // A number after another thing counted goes on with that thing.
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ, tiếp nhận 20 kiến nghị, giải quyết 18.")]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ, được đánh giá 92,5 điểm, trực tuyến 88.")]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ; số thủ tục trực tuyến 1.200, số thủ tục trực tuyến toàn trình 800.")]
    // Changes since another period, and a breakdown by level without the noun, are not read.
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ, giảm 1.200 so với tháng trước, tăng 3.000 so với cùng kỳ.")]
    [InlineData("Tháng 11/2025, tỉnh Phú Thọ tiếp nhận 55.000 hồ sơ, trong đó cấp tỉnh 15.000, cấp xã 40.000.")]
    public void Other_numbers_of_the_sentence_stay_out(string text)
    {
        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 55_000 }, Extract.Figures(text));
    }

    [Fact]
    public void Without_a_count_of_dossiers_in_the_sentence_bare_numbers_stay_out()
    {
        Assert.Empty(Extract.From("Công tác giải quyết khiếu nại tháng 11/2025: tiếp nhận 45, giải quyết 40, quá hạn 2."));
    }
}
