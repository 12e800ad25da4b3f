using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Metrics.Queries;

/// <summary>One group's raw sums, as the database returns them: how many facts, and per measure the sum and how many knew it.</summary>
internal sealed record GroupSums<TKey>
{
    public required TKey Key { get; init; }
    public int Rows { get; init; }
    public int DemoRows { get; init; }
    public SummedMeasures Sums { get; init; }

    public Figures ToFigures() => Figures.From(m => m.Of(Sums).ToQuantity(Rows), Rows, DemoRows > 0);
}
