using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.UnitTests.Kpis;

public sealed class QuantityFromSumTests
{
    [Fact]
    public void All_rows_known_is_complete() => Assert.Equal(new Quantity(10, true), Quantity.FromSum(10, 3, 3));

    [Fact]
    public void Some_rows_known_is_a_partial_sum() => Assert.Equal(new Quantity(10, false), Quantity.FromSum(10, 2, 3));

    [Fact]
    public void No_row_known_is_unknown_not_zero() => Assert.Null(Quantity.FromSum(null, 0, 3).Value);
}
