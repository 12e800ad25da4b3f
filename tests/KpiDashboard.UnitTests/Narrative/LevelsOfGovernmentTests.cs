namespace KpiDashboard.UnitTests.Narrative;

public sealed class LevelsOfGovernmentTests
{
    [Fact]
    public void Each_level_named_in_a_sentence_gets_its_own_statement()
    {
        var statements = Extract.From(
            "Trong tháng 10/2025, tỉnh Phú Thọ đã tiếp nhận 56.039 hồ sơ. Các sở, ban ngành cấp tỉnh tiếp nhận 23.233 hồ sơ trực tuyến; cấp xã tiếp nhận 3.399 hồ sơ trực tuyến.");

        Assert.Equal([null, "province", "commune"], statements.Select(s => s.Level));
        Assert.All(statements, s => Assert.Equal("25", s.Province?.Code));
        Assert.Equal(56039, statements[0].Figures["received"].Value);
        Assert.Equal(23233, statements[1].Figures["received_online"].Value);
        Assert.Equal(3399, statements[2].Figures["received_online"].Value);
    }

    [Fact]
    public void The_province_alone_as_the_subject_after_a_commune_is_the_whole_province()
    {
        var statements = Extract.From(
            "Trong tháng 10/2025, xã Phùng Nguyên tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 1.190 hồ sơ. Tỉnh tiếp nhận 85.000 hồ sơ trong cùng kỳ; tỉnh đã giải quyết 80.000 hồ sơ.");

        Assert.Equal(["07912", null], statements.Select(s => s.Commune?.Code));
        Assert.Equal("25", statements[1].Province?.Code);
        Assert.Equal((85000m, 80000m), (statements[1].Figures["received"].Value, statements[1].Figures["resolved"].Value));
        // The provincial People's Committee, or a provincial road, is not the province.
        Assert.DoesNotContain(Extract.From("Trong tháng 10/2025, xã Phùng Nguyên tiếp nhận 1.250 hồ sơ. UBND tỉnh tiếp nhận 300 hồ sơ."), s => s.Commune is null && s.Level is null);
    }

    [Fact]
    public void The_provincial_agencies_and_the_communes_together_are_the_whole_province()
    {
        var s = Assert.Single(Extract.From("Trong tháng 7/2025, các sở, ngành cấp tỉnh và UBND các xã, phường tỉnh Thanh Hóa đã tiếp nhận 1.095 hồ sơ."));

        Assert.Null(s.Level);
        Assert.Equal("38", s.Province?.Code);
    }

    [Fact]
    public void A_level_holds_to_the_end_of_its_paragraph()
    {
        var statements = Extract.From("""
            Tháng 7/2025, tỉnh Tây Ninh: với cấp xã, đã tiếp nhận 1.610 hồ sơ. Trong ngày, đã giải quyết 484 hồ sơ.
            Toàn bộ hệ thống đã giải quyết 490 hồ sơ.
            """);

        Assert.Equal(["commune", null], statements.Select(s => s.Level));
        Assert.Equal(484, statements[0].Figures["resolved"].Value);
        Assert.Equal(490, statements[1].Figures["resolved"].Value);
    }

    [Fact]
    public void Counted_units_are_not_a_level_unless_they_do_what_the_figures_count()
    {
        var statements = Extract.From("""
            Năm 2021, 91 xã, phường, thị trấn trên địa bàn tỉnh Hà Tĩnh đã tiếp nhận 904.497 hồ sơ.
            Năm 2021, tỉnh Hà Tĩnh đã tập huấn cho 148 xã, phường và đã tiếp nhận 1.000.000 hồ sơ.
            """);

        Assert.Equal(["commune", null], statements.Select(s => s.Level));
    }

    [Fact]
    public void A_level_named_in_a_breakdown_ends_with_its_clause()
    {
        var statements = Extract.From(
            "Tính đến cuối tháng 5 năm 2025, tỉnh Phú Thọ tiếp nhận 116.383 hồ sơ; trong đó của UBND các xã, phường có tổng số 53.110 hồ sơ; và đã giải quyết 116.008 hồ sơ đúng hạn.");

        Assert.Equal([null, "commune"], statements.Select(s => s.Level));
        Assert.Equal(116008, statements[0].Figures["resolved_on_time"].Value);
        Assert.Equal(53110, statements[1].Figures["received"].Value);
    }

    [Fact]
    public void A_level_after_a_count_of_dossiers_starts_its_own_clause()
    {
        var statements = Extract.From("Tháng 7/2025, tỉnh Phú Thọ tiếp nhận 6.200 hồ sơ. Trong đó, cấp tỉnh tiếp nhận 1.200 hồ sơ, cấp xã 5.000 hồ sơ.");

        Assert.Equal(6200, statements.Single(s => s.Level is null).Figures["received"].Value);
        Assert.Equal(1200, statements.Single(s => s.Level == "province").Figures["received"].Value);
        Assert.Equal(5000, statements.Single(s => s.Level == "commune").Figures["received"].Value);
    }

    [Fact]
    public void Wards_and_urban_districts_are_levels_of_a_city()
    {
        var statements = Extract.From("Năm 2024, thành phố Hà Nội tiếp nhận 1.200.000 hồ sơ; các quận, huyện, thị xã tiếp nhận 400.000 hồ sơ; cấp phường tiếp nhận 600.000 hồ sơ.");

        Assert.All(statements, s => Assert.Equal("01", s.Province?.Code));
        Assert.Equal(1_200_000, statements.Single(s => s.Level is null).Figures["received"].Value);
        Assert.Equal(400_000, statements.Single(s => s.Level == "district").Figures["received"].Value);
        Assert.Equal(600_000, statements.Single(s => s.Level == "commune").Figures["received"].Value);
    }

    [Theory]
    [InlineData("cấp quận", "district")]
    [InlineData("UBND các quận, huyện", "district")]
    [InlineData("cấp phường", "commune")]
    public void A_named_urban_level_places_its_figures(string level, string expected)
    {
        var s = Assert.Single(Extract.From($"Trong quý I/2024, {level} tiếp nhận 12.000 hồ sơ."));

        Assert.Equal(expected, s.Level);
    }

    [Fact]
    public void Blocks_of_agencies_districts_and_communes_are_levels()
    {
        var statements = Extract.From("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 12.000 hồ sơ. Khối sở, ngành tiếp nhận 2.000 hồ sơ; khối huyện tiếp nhận 4.000 hồ sơ; khối xã tiếp nhận 6.000 hồ sơ.");

        Assert.Equal(2_000, statements.Single(s => s.Level == "province").Figures["received"].Value);
        Assert.Equal(4_000, statements.Single(s => s.Level == "district").Figures["received"].Value);
        Assert.Equal(6_000, statements.Single(s => s.Level == "commune").Figures["received"].Value);
    }

    [Theory]
    [InlineData("Các cơ quan chuyên môn thuộc UBND tỉnh", "province")]
    [InlineData("Các thị xã, thành phố", "district")]
    public void Agencies_of_the_province_and_towns_are_levels(string subject, string level)
    {
        var statements = Extract.From($"Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 12.000 hồ sơ. {subject} tiếp nhận 2.000 hồ sơ.");

        Assert.Equal(2_000, statements.Single(s => s.Level == level).Figures["received"].Value);
    }

    [Fact]
    public void A_breakdown_by_level_of_a_total_does_not_carry_to_the_next_sentence()
    {
        var statements = Extract.From("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 12.000 hồ sơ, trong đó cấp tỉnh 2.000 hồ sơ, cấp xã 10.000 hồ sơ. Đã giải quyết 11.500 hồ sơ.");

        Assert.Equal(11_500, statements.Single(s => s.Level is null).Figures["resolved"].Value);
        Assert.DoesNotContain("resolved", statements.Single(s => s.Level == "commune").Figures.Keys);
    }

    [Fact]
    public void A_level_that_opens_its_sentence_carries_to_the_next()
    {
        var statements = Extract.From("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 12.000 hồ sơ. Cấp xã tiếp nhận 10.000 hồ sơ. Đã giải quyết 9.500 hồ sơ.");

        Assert.Equal(9_500, statements.Single(s => s.Level == "commune").Figures["resolved"].Value);
    }
}
