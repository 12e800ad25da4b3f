using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Names;

public sealed class CodeTests
{
    private static readonly UnitDirectory Units = new(BuiltInProvinces.All,
        [new Commune { Code = "00004", Name = "Ba Đình", Kind = "Phường", ProvinceCode = "01" }], BuiltInFields.All);

    [Fact]
    public void Spreadsheet_codes_that_lost_leading_zeros_still_match()
    {
        Assert.Equal("01", Units.FindProvince("1").Item?.Code);
        Assert.Equal("00004", Units.FindCommune("4", "01").Item?.Code);
    }

    [Fact]
    public void A_commune_is_only_found_in_its_province()
    {
        Assert.Null(Units.FindCommune("00004", "25").Item);
        Assert.Equal("01", Units.FindCommuneAnywhere("Phường Ba Đình").Item?.ProvinceCode);
    }

    [Fact]
    public void Fields_match_by_code_vietnamese_or_english_name()
    {
        Assert.Equal("SHTT", Units.FindField("Sở hữu trí tuệ").Item?.Code);
        Assert.Equal("SHTT", Units.FindField("intellectual property").Item?.Code);
        Assert.Equal("TSVTD", Units.FindField("tan so vo tuyen dien").Item?.Code);
    }
}
