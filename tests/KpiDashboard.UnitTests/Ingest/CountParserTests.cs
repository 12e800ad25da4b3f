using KpiDashboard.Ingestion.Figures;

namespace KpiDashboard.UnitTests.Ingest;

public sealed class CountParserTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("91", 91)]
    [InlineData("1.234", 1234)]
    [InlineData("1.234.567", 1234567)]
    [InlineData(" 12 ", 12)]
    [InlineData("12.0", 12)]
    [InlineData("1 234", 1234)]
    [InlineData("007", 7)]
    [InlineData("999999999", 999_999_999)]
    [InlineData("1234567890", 1_234_567_890)]
    public void Whole_numbers_with_vietnamese_separators(string text, int expected)
    {
        Assert.Equal(CountParser.Outcome.Ok, CountParser.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("", CountParser.Outcome.Empty)]
    [InlineData("—", CountParser.Outcome.Empty)]
    [InlineData("-3", CountParser.Outcome.Negative)]
    [InlineData("1,5", CountParser.Outcome.Fractional)]
    [InlineData("12.5", CountParser.Outcome.Fractional)]
    [InlineData("abc", CountParser.Outcome.Invalid)]
    [InlineData("99999999999", CountParser.Outcome.Invalid)]
    [InlineData("2147483648", CountParser.Outcome.Invalid)]
    [InlineData("١٢", CountParser.Outcome.Invalid)]
    public void Not_a_count(string text, CountParser.Outcome outcome) =>
        Assert.Equal(outcome, CountParser.TryParse(text, out _));
}
