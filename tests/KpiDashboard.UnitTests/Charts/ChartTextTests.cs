using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.UnitTests.Charts;

public sealed class ChartTextTests
{
    [Theory]
    [InlineData(0.985, ChartLanguage.Vi, "98,5%")]
    [InlineData(0.985, ChartLanguage.En, "98.5%")]
    [InlineData(1.0, ChartLanguage.Vi, "100%")]
    [InlineData(0.95, ChartLanguage.Vi, "95%")]
    [InlineData(0.0, ChartLanguage.En, "0%")]
    public void Percent(double rate, ChartLanguage language, string expected) =>
        Assert.Equal(expected, ChartText.Percent(rate, language));

    [Fact]
    public void Unknown_percent_is_a_dash() => Assert.Equal("—", ChartText.Percent(null, ChartLanguage.Vi));

    [Theory]
    [InlineData(1234567, ChartLanguage.Vi, "1.234.567")]
    [InlineData(1234567, ChartLanguage.En, "1,234,567")]
    [InlineData(0, ChartLanguage.Vi, "0")]
    public void Count(long value, ChartLanguage language, string expected) =>
        Assert.Equal(expected, ChartText.Count(value, language));

    [Fact]
    public void Month_labels()
    {
        Assert.Equal("7/2025", ChartText.Month(new Month(2025, 7), ChartLanguage.Vi));
        Assert.Equal("Jul 2025", ChartText.Month(new Month(2025, 7), ChartLanguage.En));
        Assert.Equal("12/2024", ChartText.Month(new Month(2024, 12), ChartLanguage.Vi));
    }

    [Fact]
    public void Long_names_wrap_at_spaces_then_end_with_an_ellipsis()
    {
        Assert.Equal("Bưu chính", ChartText.Wrap("Bưu chính", 28, 2));
        Assert.Equal("Năng lượng nguyên tử, an toàn\nbức xạ và hạt nhân", ChartText.Wrap("Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", 30, 2));

        var cut = ChartText.Wrap("Năng lượng nguyên tử, an toàn bức xạ và hạt nhân, thêm một đoạn rất dài nữa", 20, 2);
        var lines = cut.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.True(line.Length <= 20, line));
        Assert.EndsWith("…", cut);
    }
}
