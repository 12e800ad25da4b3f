using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.UnitTests.Charts;

public sealed class ChartTextTests
{
    [Theory]
    [InlineData(0.985, Language.Vi, "98,5%")]
    [InlineData(0.985, Language.En, "98.5%")]
    [InlineData(1.0, Language.Vi, "100%")]
    [InlineData(0.95, Language.Vi, "95%")]
    [InlineData(0.0, Language.En, "0%")]
    public void Percent(double rate, Language language, string expected) =>
        Assert.Equal(expected, ChartText.Percent(rate, language));

    [Fact]
    public void Unknown_percent_is_a_dash() => Assert.Equal("—", ChartText.Percent(null, Language.Vi));

    [Theory]
    [InlineData(1234567, Language.Vi, "1.234.567")]
    [InlineData(1234567, Language.En, "1,234,567")]
    [InlineData(0, Language.Vi, "0")]
    public void Count(long value, Language language, string expected) =>
        Assert.Equal(expected, ChartText.Count(value, language));

    [Fact]
    public void Month_labels()
    {
        Assert.Equal("7/2025", ChartText.Month(new Month(2025, 7), Language.Vi));
        Assert.Equal("Jul 2025", ChartText.Month(new Month(2025, 7), Language.En));
        Assert.Equal("12/2024", ChartText.Month(new Month(2024, 12), Language.Vi));
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
