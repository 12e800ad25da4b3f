using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.UnitTests.Kpis;

public sealed class KpiFormulaTests
{
    private static Figures Full => new()
    {
        Rows = 1,
        ReceivedOnline = Quantity.Known(60), ReceivedOffline = Quantity.Known(40), CarriedOver = Quantity.Known(20),
        ResolvedEarly = Quantity.Known(50), ResolvedOnTime = Quantity.Known(30), ResolvedLate = Quantity.Known(20),
        PendingWithin = Quantity.Known(15), PendingOverdue = Quantity.Known(5),
        Received = Quantity.Known(100), Handled = Quantity.Known(120), Resolved = Quantity.Known(100), Pending = Quantity.Known(20),
    };

    [Fact]
    public void Rates_follow_domain_md()
    {
        var f = Full;
        Assert.Equal(100.0 / 120, f.ResolutionRate.Value);
        Assert.Equal(0.5, f.EarlyRate.Value);
        Assert.Equal(0.8, f.OnTimeRate.Value);
        Assert.Equal(95.0 / 120, f.OnTimeRateIndex.Value);
        Assert.Equal(0.2, f.LateRate.Value);
        Assert.Equal(0.6, f.OnlineShare.Value);
        Assert.True(f.Complete);
    }

    [Fact]
    public void A_zero_denominator_gives_no_rate()
    {
        var f = Full with { Resolved = Quantity.Known(0) };
        Assert.Null(f.EarlyRate.Value);
        Assert.Null(f.OnTimeRate.Value);
        Assert.Null(f.LateRate.Value);
    }

    [Fact]
    public void An_unknown_part_gives_no_rate_and_marks_incomplete()
    {
        var f = Full with { ResolvedOnTime = Quantity.Unknown };
        Assert.Null(f.OnTimeRate.Value);
        Assert.Equal(0.5, f.EarlyRate.Value);
        Assert.False(f.Complete);
    }

    [Fact]
    public void A_partial_sum_gives_an_incomplete_rate()
    {
        var f = Full with { ResolvedEarly = new Quantity(50, Complete: false) };
        Assert.Equal(0.5, f.EarlyRate.Value);
        Assert.False(f.EarlyRate.Complete);
    }

    [Theory]
    [InlineData(0.97, 0.95, 20, 20)]
    [InlineData(0.95, 0.95, 20, 20)]
    [InlineData(0.475, 0.95, 20, 10)]
    [InlineData(0.25, 0.5, 12, 6)]
    public void Index_points_follow_decision_766(double rate, double target, double points, double expected) =>
        Assert.Equal(expected, KpiFormulas.IndexPoints(new Rate(rate, true), target, points)!.Value, 9);

    [Fact]
    public void No_figures_is_not_complete() => Assert.False(Figures.Empty.Complete);
}
