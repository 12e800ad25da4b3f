using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Names;

public sealed class PrefixTests
{
    private static readonly UnitDirectory Units = new(BuiltInProvinces.All, [], BuiltInFields.All);

    [Theory]
    [InlineData("Tỉnh Phú Thọ", "25")]
    [InlineData("Thành phố Hà Nội", "01")]
    [InlineData("TP. Hồ Chí Minh", "79")]
    [InlineData("TP.HCM", "79")]
    [InlineData("tp Đà Nẵng", "48")]
    [InlineData("Tỉnh Thanh Hoá", "38")]
    public void Administrative_prefixes_are_ignored(string text, string code) =>
        Assert.Equal(code, Units.FindProvince(text).Item?.Code);
}
