using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Overview;

/// <summary>The national overview: tiles, the provinces table, the ranking and the 12-month trend.</summary>
public sealed class OverviewQuery(PageFilters filters, PageFigures figures, TileQuery tiles, ChartSpecFactory charts)
{
    public async Task<OverviewModel> BuildAsync(string? period, string? field, string? sort, string? dir, CancellationToken ct)
    {
        var p = await filters.PeriodAsync(period, ct);
        var f = await filters.FieldAsync(field, ct);
        var order = SortOrder.Parse(sort, dir, ProvinceTable.DefaultSort, [.. ProvinceTable.Keys]);
        var units = await filters.UnitsAsync(ct);
        var range = await filters.RangeAsync(ct);
        var scope = new Scope(FieldCode: f?.Code);
        var rows = ProvinceTable.Build(await filters.ReadableProvincesAsync(ct), await figures.ByProvinceAsync(scope, p, ct), order);
        var (w, h) = ChartRequest.DefaultSize(ChartKind.Ranking);
        var ranking = await charts.ViewAsync(new ChartRequest(ChartKind.Ranking, p, null, null, f?.Code, 0, Ui.Language, w, h), ct);
        (w, h) = ChartRequest.DefaultSize(ChartKind.Trend);
        var trend = await charts.ViewAsync(new ChartRequest(ChartKind.Trend, p, null, null, f?.Code, 12, Ui.Language, w, h), ct);
        return new OverviewModel(PeriodPicker.Create(p, range, f, units.Fields, true), range, await tiles.BuildAsync(scope, p, ct), rows, order, ranking, trend);
    }
}
