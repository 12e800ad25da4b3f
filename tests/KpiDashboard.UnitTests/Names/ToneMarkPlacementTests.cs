using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Names;

public sealed class ToneMarkPlacementTests
{
    [Theory]
    [InlineData("Thanh Hoá", "Thanh Hóa")]
    [InlineData("Khánh Hoà", "Khánh Hòa")]
    [InlineData("Thuỷ Nguyên", "Thủy Nguyên")]
    [InlineData("khoẻ", "khỏe")]
    public void Old_and_new_placement_share_a_key(string oldStyle, string newStyle) =>
        Assert.Equal(VietnameseText.ToneKey(newStyle), VietnameseText.ToneKey(oldStyle));

    [Fact]
    public void Different_tones_do_not_share_a_key() =>
        Assert.NotEqual(VietnameseText.ToneKey("Hà Nam"), VietnameseText.ToneKey("Hà Nâm"));

    [Fact]
    public void Case_is_ignored() =>
        Assert.Equal(VietnameseText.ToneKey("PHÚ THỌ"), VietnameseText.ToneKey("phú thọ"));
}
