using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Fields;

/// <summary>One field across the provinces, with its national trend.</summary>
public sealed class FieldQuery(PageFilters filters, PageFigures figures, TileQuery tiles, ChartSpecFactory charts)
{
    public async Task<FieldModel> BuildAsync(string code, string? period, string? sort, string? dir, CancellationToken ct)
    {
        var field = await filters.FieldAsync(code, ct)
            ?? throw InvalidQueryException.NotFound("Chưa chọn lĩnh vực.", "No field given.");
        var p = await filters.PeriodAsync(period, ct);
        var order = SortOrder.Parse(sort, dir, ProvinceTable.DefaultSort, [.. ProvinceTable.Keys]);
        var units = await filters.UnitsAsync(ct);
        var scope = new Scope(FieldCode: field.Code);
        var rows = ProvinceTable.Build(await filters.ReadableProvincesAsync(ct), await figures.ByProvinceAsync(scope, p, ct), order);
        var (w, h) = ChartRequest.DefaultSize(ChartKind.Ranking);
        var ranking = await charts.ViewAsync(new ChartRequest(ChartKind.Ranking, p, null, null, field.Code, 0, Ui.Language, w, h), ct);
        (w, h) = ChartRequest.DefaultSize(ChartKind.Trend);
        var trend = await charts.ViewAsync(new ChartRequest(ChartKind.Trend, p, null, null, field.Code, 24, Ui.Language, w, h), ct);
        return new FieldModel(FieldView.Of(field), PeriodPicker.Create(p, await filters.RangeAsync(ct), null, units.Fields, false),
            await tiles.BuildAsync(scope, p, ct), rows, order, ranking, trend);
    }
}
