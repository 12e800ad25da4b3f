using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Metrics.Queries;

/// <summary>One group's raw sums, as the database returns them: how many facts, and per measure the sum and how many knew it.</summary>
internal sealed record GroupSums<TKey>
{
    public required TKey Key { get; init; }
    public int Rows { get; init; }
    public int DemoRows { get; init; }
    public SummedMeasures Sums { get; init; }

    /// <summary>Several groups' sums as one (old provinces into today's): sums and counts of knowns add up.</summary>
    public static GroupSums<TKey> Add<TFrom>(TKey key, IEnumerable<GroupSums<TFrom>> parts)
    {
        var list = parts.ToList();
        var sums = new SummedMeasures();
        foreach (var m in MeasureCatalogue.All)
        {
            var known = list.Select(p => m.Of(p.Sums)).Where(x => x.Known > 0).ToList();
            sums = MeasureProperties<SummedMeasures, MeasureSum>.With(m, sums,
                new MeasureSum { Sum = known.Count == 0 ? null : known.Sum(x => x.Sum ?? 0), Known = known.Sum(x => x.Known) });
        }
        return new GroupSums<TKey> { Key = key, Rows = list.Sum(p => p.Rows), DemoRows = list.Sum(p => p.DemoRows), Sums = sums };
    }

    public Figures ToFigures() => Figures.From(m => m.Of(Sums).ToQuantity(Rows), Rows, DemoRows > 0);
}
