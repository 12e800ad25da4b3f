namespace KpiDashboard.UnitTests.Narrative;

public sealed class UnitsInOneSentenceTests
{
    [Fact]
    public void A_commune_named_after_its_province_takes_the_same_figure_for_itself()
    {
        var statements = Extract.From("Tính đến cuối tháng 9/2025, tỉnh Phú Thọ hiện còn 120 hồ sơ xử lý quá hạn, trong đó, xã Phùng Nguyên có 20 hồ sơ.");

        Assert.Equal([("25", null, 120m), ("25", "07912", 20m)],
            statements.Select(s => (s.Province?.Code, s.Commune?.Code, s.Figures["pending_overdue"].Value)));
    }

    [Fact]
    public void A_province_written_bare_is_a_unit()
    {
        var s = Assert.Single(Extract.From("Tháng 9/2025, tỷ lệ giải quyết hồ sơ đúng hạn của Hà Tĩnh đạt 99,84%."));

        Assert.Equal("42", s.Province?.Code);
        Assert.Equal(99.84m, s.Figures["on_time_rate_percent"].Value);
    }

    [Fact]
    public void A_place_that_is_no_unit_of_the_list_is_not_the_province_in_mind()
    {
        var statements = Extract.From("""
            Tháng 9/2025, tỉnh Khánh Hòa đã tiếp nhận 5.000 hồ sơ.
            Tháng 9/2025, UBND TP. Nha Trang (tỉnh Khánh Hòa) đã giải quyết gần 1.300 hồ sơ. Cũng trong tháng, huyện Côn Đảo đã giải quyết 2.998 hồ sơ.
            """);

        Assert.Equal([("56", 5000m, "received"), (null, 1300m, "resolved")],
            statements.Select(s => (s.Province?.Code, s.Figures.First().Value.Value, s.Figures.First().Key)));
    }
}
