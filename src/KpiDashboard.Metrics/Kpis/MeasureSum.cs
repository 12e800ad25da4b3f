namespace KpiDashboard.Metrics.Kpis;

/// <summary>A measure summed over rows: the sum of the known values (null when none was known) and how many rows knew it.</summary>
public record struct MeasureSum
{
    public long? Sum { get; init; }
    public int Known { get; init; }

    public Quantity ToQuantity(int rows) => Quantity.FromSum(Sum, Known, rows);
}
