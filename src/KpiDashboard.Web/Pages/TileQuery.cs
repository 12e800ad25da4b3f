using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Web.Pages;

/// <summary>The tiles of a scope: the period, the one before it and the same period a year before, through the one figure query path.</summary>
public sealed class TileQuery(FigureQuery figures)
{
    public async Task<TileSet> BuildAsync(Scope scope, Period period, CancellationToken ct)
    {
        var current = await figures.TotalAsync(scope, period, ct);
        var previous = await figures.TotalAsync(scope, period.Previous, ct);
        var lastYear = await figures.TotalAsync(scope, period.SameLastYear, ct);
        return new TileSet(current, previous, period.Previous, lastYear, period.SameLastYear);
    }
}
