using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Communes;

/// <summary>A commune: tiles, 24-month trend and its fields.</summary>
public sealed class CommuneQuery(PageFilters filters, PageFigures figures, TileQuery tiles, ChartSpecFactory charts, Metrics.Dossiers.DossierQuery dossiers)
{
    public async Task<CommuneModel> BuildAsync(string code, string? period, CancellationToken ct)
    {
        var commune = await filters.CommuneAsync(code, ct);
        var p = await filters.PeriodAsync(period, ct);
        var units = await filters.UnitsAsync(ct);
        var scope = new Scope(commune.ProvinceCode, commune.Code);
        var (w, h) = ChartRequest.DefaultSize(ChartKind.Trend);
        var trend = await charts.ViewAsync(new ChartRequest(ChartKind.Trend, p, commune.ProvinceCode, commune.Code, null, 24, Ui.Language, w, h), ct);
        (w, h) = ChartRequest.DefaultSize(ChartKind.Fields);
        var fieldChart = await charts.ViewAsync(new ChartRequest(ChartKind.Fields, p, commune.ProvinceCode, commune.Code, null, 0, Ui.Language, w, h), ct);
        var byField = (await figures.ByFieldAsync(scope, p, ct)).ToDictionary(g => g.Key, g => g.Figures);
        var fields = Sorting.By(units.Fields.Select(f => new FieldRow(FieldView.Of(f), byField.GetValueOrDefault(f.Code) ?? Figures.Empty)),
            r => r.Figures.Received.Value, true, r => r.Field.NameVi);
        return new CommuneModel(CommuneView.Of(commune), ProvinceView.Of(units.ProvinceByCode[commune.ProvinceCode]),
            PeriodPicker.Create(p, await filters.RangeAsync(ct), null, units.Fields, false),
            await tiles.BuildAsync(scope, p, ct), trend, fields, fieldChart,
            await dossiers.AnyAsync(new Metrics.Dossiers.DossierUnit(commune.ProvinceCode, commune.Code), ct));
    }
}
