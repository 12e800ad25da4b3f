using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Web.Pages;

/// <summary>
/// The tiles of a scope: the period, the one before it and the same period a year before, through the one figure query path,
/// in one statement that also splits them by level, so that the page's level split (<see cref="Levels.LevelSplitViewComponent"/>)
/// reads nothing more.
/// </summary>
public sealed class TileQuery(FigureQuery figures)
{
    // One request's pages ask for the tiles and the level split of the same scope and period.
    private readonly Dictionary<(Scope, Period), IReadOnlyList<LevelFigures>> _read = [];

    public async Task<TileSet> BuildAsync(Scope scope, Period period, CancellationToken ct)
    {
        var levels = await LevelsAsync(scope, period, ct);
        var tiles = new TileSet(levels[0].Total, levels[1].Total, period.Previous, levels[2].Total, period.SameLastYear);
        // Only a commune's comparable series can be approximate (every old province went whole into one).
        if (scope.CommuneCode is null) return tiles;
        return tiles with
        {
            CurrentApproximate = await figures.IsApproximateAsync(scope, period.First, ct),
            PreviousApproximate = await figures.IsApproximateAsync(scope, period.Previous.First, ct),
            LastYearApproximate = await figures.IsApproximateAsync(scope, period.SameLastYear.First, ct),
        };
    }

    /// <summary>The period's figures by level, as the tiles read them.</summary>
    public async Task<LevelFigures> SplitAsync(Scope scope, Period period, CancellationToken ct) => (await LevelsAsync(scope, period, ct))[0];

    private async Task<IReadOnlyList<LevelFigures>> LevelsAsync(Scope scope, Period period, CancellationToken ct)
    {
        if (_read.TryGetValue((scope, period), out var known)) return known;
        return _read[(scope, period)] = await figures.ByPeriodAndLevelAsync(scope, [period, period.Previous, period.SameLastYear], ct);
    }
}
