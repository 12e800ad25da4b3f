using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Names;

public sealed class MissingDiacriticsTests
{
    [Theory]
    [InlineData("Ha Tinh", "42")]
    [InlineData("phu tho", "25")]
    [InlineData("Dak Lak", "66")]
    [InlineData("thanh hoa", "38")]
    public void A_name_without_diacritics_matches_when_unambiguous(string text, string code)
    {
        var units = new UnitDirectory(BuiltInProvinces.All, [], BuiltInFields.All);
        Assert.Equal(code, units.FindProvince(text).Item?.Code);
    }

    [Fact]
    public void A_name_without_diacritics_that_fits_two_communes_is_ambiguous()
    {
        Commune[] communes =
        [
            new() { Code = "10001", Name = "Hà Nam", Kind = "Xã", ProvinceCode = "25" },
            new() { Code = "10002", Name = "Hạ Nam", Kind = "Xã", ProvinceCode = "25" },
        ];
        var units = new UnitDirectory(BuiltInProvinces.All, communes, BuiltInFields.All);
        var match = units.FindCommune("Ha Nam", "25");
        Assert.Equal(NameMatchStatus.Ambiguous, match.Status);
        Assert.Equal("10002", units.FindCommune("Xã Hạ Nam", "25").Item?.Code);
    }

    [Fact]
    public void A_wrong_diacritic_is_not_forgiven() =>
        Assert.Equal(NameMatchStatus.NotFound,
            new UnitDirectory(BuiltInProvinces.All, [], BuiltInFields.All).FindProvince("Phủ Thọ").Status);
}
