using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.UnitTests.Periods;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2025-07", "2025-07", "2025-07")]
    [InlineData("2025-Q3", "2025-07", "2025-09")]
    [InlineData("2025-H1", "2025-01", "2025-06")]
    [InlineData("2025", "2025-01", "2025-12")]
    public void A_period_is_a_run_of_months(string text, string first, string last)
    {
        var period = Period.Parse(text);
        Assert.Equal(first, period.First.ToString());
        Assert.Equal(last, period.Last.ToString());
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("2025-01", "2024-12")]
    [InlineData("2025-Q1", "2024-Q4")]
    [InlineData("2025-H2", "2025-H1")]
    [InlineData("2025", "2024")]
    public void Previous_crosses_year_boundaries(string text, string previous) =>
        Assert.Equal(previous, Period.Parse(text).Previous.ToString());

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-H3")]
    [InlineData("25")]
    [InlineData("2025-Q3\n")]
    [InlineData("2025-q\u200B3")]
    [InlineData("2025\n")]
    public void Invalid_periods_are_rejected(string text) => Assert.False(Period.TryParse(text, out _));
}
