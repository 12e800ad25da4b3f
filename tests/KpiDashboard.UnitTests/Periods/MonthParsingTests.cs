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
    [InlineData("THÁNG 7 NĂM 2025")]
    [InlineData("tha\u0301ng 7 na\u0306m 2025")]
    [InlineData("t7/2025")]
    [InlineData("7-2025")]
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

    // Each was read as July 2025 (or January) when every punctuation or control character counted as a separator.
    [Theory]
    [InlineData("2025--1")]
    [InlineData("2025-7-")]
    [InlineData("-2025-07")]
    [InlineData("2025-+7")]
    [InlineData("(2025)(07)")]
    [InlineData("2025 07")]
    [InlineData("2025.07")]
    [InlineData("2025 - 07")]
    [InlineData("2025\u200B-07")]
    [InlineData("\u202E2025-07")]
    [InlineData("2025-07\uFEFF")]
    [InlineData("2025\n07")]
    [InlineData("2025-07\n")]
    [InlineData("2025\t07")]
    [InlineData("2025\u00A007")]
    [InlineData("tháng  7/2025")]
    [InlineData("tháng 7//2025")]
    [InlineData("tháng 7 2025")]
    [InlineData("tháng, 7/2025")]
    [InlineData("2\u03010\u030125-07")]
    [InlineData("tháng 7/2025 năm")]
    public void Malformed_months_are_rejected(string text)
    {
        Assert.False(Month.TryParseText(text, out _));
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void A_long_text_is_not_a_month() => Assert.False(Month.TryParseText(new string(' ', 10_000) + "2025-07", out _));
}
