using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Web.Pages;

/// <summary>The tiles of a scope: the period and the one before it, through the one figure query path.</summary>
public sealed class TileQuery(FigureQuery figures)
{
    public async Task<TileSet> BuildAsync(Scope scope, Period period, CancellationToken ct)
    {
        var current = await figures.TotalAsync(scope, period, ct);
        var previous = await figures.TotalAsync(scope, period.Previous, ct);
        return new TileSet(current, previous, period.Previous);
    }
}
