using KpiDashboard.Metrics;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Charts;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Charts;

/// <summary>Builds chart specs from the figures, for the charts controller and for the pages' alt text and data tables.</summary>
public sealed class ChartSpecFactory(FigureQuery figures, PageFigures pageFigures, PageFilters filters, UnitOrigins origins, IOptions<DashboardOptions> options)
{
    public async Task<ChartSpec> BuildAsync(ChartRequest request, CancellationToken ct) => request.Kind switch
    {
        ChartKind.Ranking => await RankingAsync(request, ct),
        ChartKind.Trend => await TrendAsync(request, ct),
        _ => await FieldsAsync(request, ct),
    };

    public async Task<ChartView> ViewAsync(ChartRequest request, CancellationToken ct)
    {
        var spec = await BuildAsync(request, ct);
        return View(request, spec);
    }

    public static ChartView View(ChartRequest request, ChartSpec spec) => new(
        request.Path(ChartFormat.Png), request.Path(ChartFormat.Png, 2), request.Path(ChartFormat.Svg),
        spec.AltText(), request.Width, request.Height, spec);

    private async Task<ProvinceRankingChartSpec> RankingAsync(ChartRequest r, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var byProvince = (await pageFigures.ByProvinceAsync(new Scope(FieldCode: r.FieldCode), r.Period, ct)).ToDictionary(g => g.Key, g => g.Figures);
        ValueList<ProvinceRate> bars = [.. (await filters.ReadableProvincesAsync(ct)).Select(p => new ProvinceRate(p.Name, byProvince.GetValueOrDefault(p.Code)?.OnTimeRate.Value))];
        var field = r.FieldCode is { } code && units.FieldByCode.TryGetValue(code, out var f) ? $" – {units.FieldName(f)}" : "";
        return new ProvinceRankingChartSpec(Ui.T("Tỷ lệ giải quyết đúng hạn theo tỉnh", "On-time rate by province") + $", {PeriodText.Name(r.Period)}{field}", bars)
        {
            Language = r.Language,
            Target = options.Value.OnTimeTarget,
            ValueAxisLabel = Ui.T("Tỷ lệ đúng hạn (biểu mẫu: (8)+(9) / (7))", "On-time rate (form ratio: (8)+(9) / (7))"),
        };
    }

    private async Task<TrendChartSpec> TrendAsync(ChartRequest r, CancellationToken ct)
    {
        var last = r.Period.Last;
        var first = last.AddMonths(-(r.Months - 1));
        var scope = new Scope(r.ProvinceCode, r.CommuneCode, r.FieldCode, r.OldUnits);
        var byMonth = (await figures.ByMonthAsync(scope, first, last, ct)).ToDictionary(g => g.Key, g => g.Figures);
        var approximate = scope.CommuneCode is not null && await figures.IsApproximateAsync(scope, first, ct);
        ValueList<TrendPoint> points = [.. Enumerable.Range(0, r.Months).Select(i =>
        {
            var month = first.AddMonths(i);
            var f = byMonth.GetValueOrDefault(month.Key) ?? Figures.Empty;
            return new TrendPoint(month, f.Received.Value, f.Resolved.Value, f.OnTimeRate.Value,
                approximate && UnitValidity.IsOldPeriod(month.Key));
        })];
        var title = $"{await ScopeNameAsync(scope, ct)}: " + Ui.T($"tiếp nhận, giải quyết và tỷ lệ đúng hạn, {r.Months} tháng", $"received, resolved and on-time rate, {r.Months} months");
        return new TrendChartSpec(title, points) { Language = r.Language, Target = options.Value.OnTimeTarget };
    }

    private async Task<FieldChartSpec> FieldsAsync(ChartRequest r, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var scope = new Scope(r.ProvinceCode, r.CommuneCode, InOldUnits: r.OldUnits);
        var byField = (await pageFigures.ByFieldAsync(scope, r.Period, ct)).ToDictionary(g => g.Key, g => g.Figures);
        ValueList<FieldCounts> bars = [.. units.Fields.Select(f =>
        {
            var x = byField.GetValueOrDefault(f.Code) ?? Figures.Empty;
            return new FieldCounts(units.FieldName(f), x.Received.Value, x.Resolved.Value);
        })];
        var title = $"{await ScopeNameAsync(scope, ct)}: " + Ui.T("hồ sơ theo lĩnh vực", "dossiers by field") + $", {PeriodText.Name(r.Period)}";
        return new FieldChartSpec(title, bars) { Language = r.Language };
    }

    private async Task<string> ScopeNameAsync(Scope scope, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var name = scope switch
        {
            { InOldUnits: true, ProvinceCode: { } old } => (await origins.OldProvinceAsync(old, ct))?.Province.Name ?? old,
            { CommuneCode: { } c } when units.CommuneByCode.TryGetValue(c, out var commune) =>
                $"{commune.FullName} ({units.ProvinceByCode.GetValueOrDefault(commune.ProvinceCode)?.Name})",
            { ProvinceCode: { } p } when units.ProvinceByCode.TryGetValue(p, out var province) => province.Name,
            _ => Ui.T("Toàn quốc", "Nationwide"),
        };
        return scope.FieldCode is { } code && units.FieldByCode.TryGetValue(code, out var field) ? $"{name} – {units.FieldName(field)}" : name;
    }
}
