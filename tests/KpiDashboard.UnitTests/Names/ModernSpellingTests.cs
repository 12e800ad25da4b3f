using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Names;

public sealed class ModernSpellingTests
{
    [Theory]
    [InlineData("Thanh Hoá", "Thanh Hóa")]
    [InlineData("Khánh Hoà", "Khánh Hòa")]
    [InlineData("Thuỷ Nguyên", "Thủy Nguyên")]
    [InlineData("Quý Lộc", "Quý Lộc")]
    [InlineData("Hoàng Mai", "Hoàng Mai")]
    [InlineData("Phú Thọ", "Phú Thọ")]
    public void Display_uses_the_modern_placement(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.ToModernSpelling(input));
}
