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
        var tiles = new TileSet(current, previous, period.Previous, lastYear, period.SameLastYear);
        // Only a commune's comparable series can be approximate (every old province went whole into one).
        if (scope.CommuneCode is null) return tiles;
        return tiles with
        {
            CurrentApproximate = await figures.IsApproximateAsync(scope, period.First, ct),
            PreviousApproximate = await figures.IsApproximateAsync(scope, period.Previous.First, ct),
            LastYearApproximate = await figures.IsApproximateAsync(scope, period.SameLastYear.First, ct),
        };
    }
}
