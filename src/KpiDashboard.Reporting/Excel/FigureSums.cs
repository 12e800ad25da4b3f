using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Adds figures of disjoint groups the way <see cref="Metrics.Queries.FigureQuery"/> sums facts: a measure is
/// unknown only when no part knows it, and complete only when every part is complete; otherwise it is the
/// sum of the known parts, marked incomplete. So a subtotal equals what the database would sum for it.
/// </summary>
public static class FigureSums
{
    public static Figures Sum(IEnumerable<Figures> parts)
    {
        var list = parts.ToList();
        if (list.Count == 0) return Figures.Empty;
        return Figures.From(m => Quantity.SumOfKnown(list.Select(f => m.Of(f))), list.Sum(f => f.Rows), list.Any(f => f.HasDemo));
    }
}
