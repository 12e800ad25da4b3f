using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Web.Pages;

/// <summary>
/// The grouped figures of one request, read once: a page shows the same sums in a table, a chart and a map (the provinces
/// on the overview, a province's communes and fields), and each used to read them again.
/// </summary>
public sealed class PageFigures(FigureQuery figures)
{
    private readonly Dictionary<(string, Scope, Period), object> _read = [];

    public Task<IReadOnlyList<Grouped<string>>> ByProvinceAsync(Scope scope, Period period, CancellationToken ct) =>
        OnceAsync("province", scope, period, () => figures.ByProvinceAsync(scope, period, ct));

    public Task<IReadOnlyList<Grouped<string?>>> ByCommuneAsync(Scope scope, Period period, CancellationToken ct) =>
        OnceAsync("commune", scope, period, () => figures.ByCommuneAsync(scope, period, ct));

    public Task<IReadOnlyList<Grouped<string>>> ByFieldAsync(Scope scope, Period period, CancellationToken ct) =>
        OnceAsync("field", scope, period, () => figures.ByFieldAsync(scope, period, ct));

    private async Task<T> OnceAsync<T>(string grouping, Scope scope, Period period, Func<Task<T>> read) where T : class
    {
        if (_read.TryGetValue((grouping, scope, period), out var known)) return (T)known;
        var result = await read();
        _read[(grouping, scope, period)] = result;
        return result;
    }
}
