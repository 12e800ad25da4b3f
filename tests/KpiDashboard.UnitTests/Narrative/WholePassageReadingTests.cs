namespace KpiDashboard.UnitTests.Narrative;

public sealed class WholePassageReadingTests
{
    [Fact]
    public void A_topic_opening_the_sentence_qualifies_its_counts()
    {
        var figures = Extract.Figures("Tháng 9/2025, tỉnh Phú Thọ đã giải quyết 9.700 hồ sơ. Về hồ sơ trực tuyến, trong tháng, tỉnh tiếp nhận 1.406 hồ sơ.");

        Assert.Equal(1406, figures["received_online"]);
        Assert.False(figures.ContainsKey("received"));
    }

    [Fact]
    public void Received_and_resolved_in_one_verb_gives_both()
    {
        var figures = Extract.Figures("Trong năm 2019, tỉnh Phú Thọ đã tiếp nhận và giải quyết gần 43 nghìn hồ sơ.");

        Assert.Equal((43000m, 43000m), (figures["received"], figures["resolved"]));
    }

    [Fact]
    public void Figures_of_a_part_the_text_does_not_name_as_a_unit_or_level_are_not_the_unit_s()
    {
        var figures = Extract.Figures(
            "Trong năm 2023, tỉnh Phú Thọ đã tiếp nhận 87.582 hồ sơ. Trong đó, tại Bộ phận Một cửa UBND thành phố, đã tiếp nhận 15.868 hồ sơ, có 9 hồ sơ đang giải quyết quá hạn.");

        Assert.Equal(["received"], figures.Keys);
        Assert.Equal(87582, figures["received"]);
    }

    [Fact]
    public void Trong_đó_goes_on_with_the_verb_of_the_sentence_before()
    {
        var s = Assert.Single(Extract.From(
            "Trong tháng 7/2025, Trung tâm Phục vụ hành chính công tỉnh Phú Thọ đã tiếp nhận tổng cộng 91 hồ sơ. Trong đó, lĩnh vực tần số vô tuyến điện chiếm nhiều nhất với 43 hồ sơ, tiếp đến là sở hữu trí tuệ (34 hồ sơ), tiêu chuẩn đo lường chất lượng (9 hồ sơ)."));

        Assert.Equal(91, s.Figures["received"].Value);
        Assert.Equal([("SHTT", 34m), ("TCDLCL", 9m), ("TSVTD", 43m)],
            s.Fields.Select(f => (f.Field!.Code, f.Figures["received"].Value)).Order());
    }
}
