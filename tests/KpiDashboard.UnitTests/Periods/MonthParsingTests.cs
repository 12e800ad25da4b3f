using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.UnitTests.Periods;

public sealed class MonthParsingTests
{
    [Theory]
    [InlineData("2025-07")]
    [InlineData("07/2025")]
    [InlineData("7/2025")]
    [InlineData("tháng 7/2025")]
    [InlineData("Tháng 07/2025")]
    [InlineData("tháng 7 năm 2025")]
    [InlineData("T7/2025")]
    [InlineData("2025-7")]
    [InlineData(" 2025-07 ")]
    [InlineData("2025/07")]
    public void Accepted_spellings_of_july_2025(string text)
    {
        Assert.True(Month.TryParseText(text, out var month));
        Assert.Equal(new Month(2025, 7), month);
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("1999-07")]
    [InlineData("2025-0a")]
    [InlineData("00/2025")]
    [InlineData("2025")]
    [InlineData("July")]
    [InlineData("")]
    public void Rejected(string text) => Assert.False(Month.TryParseText(text, out _));
}
