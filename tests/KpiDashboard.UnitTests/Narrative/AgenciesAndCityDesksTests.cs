using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Narrative;

/// <summary>Who a count belongs to: a central agency's branch, a city's own desk, a commune placed by its province.</summary>
public sealed class AgenciesAndCityDesksTests
{
    [Fact]
    public void Counts_of_a_police_branch_are_its_own_not_the_provinces_until_the_text_turns_to_the_province()
    {
        var s = Assert.Single(Extract.From("""
            Tháng 7/2025, Phòng cảnh sát quản lý hành chính (PC06) Công an tỉnh Phú Thọ tiếp nhận 4.000 hồ sơ. Riêng trong ngày 7/7, đơn vị tiếp nhận hơn 400 hồ sơ.
            Trong tháng 7/2025, Trung tâm Phục vụ hành chính công tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ.
            """));

        Assert.Equal("25", s.Province?.Code);
        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 91 }, s.Figures.ToDictionary(f => f.Key, f => f.Value.Value));
    }

    [Fact]
    public void A_province_named_by_its_statistics_office_or_a_department_keeps_its_figures_and_a_level_ends_an_agencys_paragraph()
    {
        var statements = Extract.From("""
            Tháng 7/2025, theo Cục Thống kê tỉnh Phú Thọ, toàn tỉnh đã tiếp nhận 91 hồ sơ.
            Tháng 8/2025, Công an tỉnh Phú Thọ tiếp nhận 4.000 hồ sơ. Cấp xã đã tiếp nhận 1.610 hồ sơ.
            """);

        Assert.Equal(91, statements.Single(s => s.PeriodStart == new DateOnly(2025, 7, 1)).Figures["received"].Value);
        var communes = statements.Single(s => s.PeriodStart == new DateOnly(2025, 8, 1));
        Assert.Equal(("commune", 1610m), (communes.Level, communes.Figures["received"].Value));
    }

    [Fact]
    public void An_unnamed_city_desk_set_against_its_communes_is_the_district_level_of_a_former_city()
    {
        var statements = Extract.From("Quý III/2021, UBND TP. Nha Trang đã giải quyết 1.300 hồ sơ. Đối với hồ sơ trực tuyến, UBND thành phố đã tiếp nhận 581 hồ sơ, đạt 28,91%; UBND cấp xã tiếp nhận 1.406 hồ sơ.");

        Assert.Equal(1300, statements.Single(s => s.Level is null).Figures["resolved"].Value);
        Assert.Equal(581, statements.Single(s => s.Level == "district").Figures["received_online"].Value);
        Assert.Equal(1406, statements.Single(s => s.Level == "commune").Figures["received_online"].Value);
    }

    [Fact]
    public void The_desk_of_a_centrally_run_city_is_its_provincial_level_and_alone_it_names_no_level()
    {
        var statements = Extract.From("""
            Tháng 7/2025, thành phố Hà Nội: UBND thành phố tiếp nhận 5.000 hồ sơ; UBND cấp xã tiếp nhận 9.000 hồ sơ.
            Tháng 8/2025, UBND thành phố Hà Nội cho biết UBND thành phố đã tiếp nhận 6.000 hồ sơ.
            """);

        Assert.Equal(5000, statements.Single(s => s.Level == "province").Figures["received"].Value);
        Assert.Equal(6000, statements.Single(s => s.Level is null && s.PeriodStart == new DateOnly(2025, 8, 1)).Figures["received"].Value);
    }

    [Fact]
    public void A_commune_name_found_in_two_provinces_is_placed_by_the_province_after_it()
    {
        Commune[] communes =
        [
            new() { Code = "29788", Name = "Mỹ Thuận", Kind = "Xã", ProvinceCode = "86" },
            new() { Code = "30838", Name = "Mỹ Thuận", Kind = "Xã", ProvinceCode = "91" },
        ];
        var units = new UnitDirectory(BuiltInProvinces.All, communes, BuiltInFields.All);

        var s = Assert.Single(NarrativeExtractor.Extract("Ngày 23/2, Trung tâm phục vụ hành chính công xã Mỹ Thuận (tỉnh Vĩnh Long) đã tiếp nhận 30 hồ sơ.",
            units, BuiltInFields.All, new DateOnly(2026, 2, 23)));

        Assert.Equal(("86", "29788"), (s.Province?.Code, s.Commune?.Code));
    }
}
