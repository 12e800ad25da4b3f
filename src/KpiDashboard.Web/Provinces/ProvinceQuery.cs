using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Reported;
using KpiDashboard.Web.Pages;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Provinces;

/// <summary>
/// A province: tiles, 24-month trend, fields, its communes (searchable, sortable, paged), who has not reported, and for a
/// month what texts reported beside the structured figures.
/// </summary>
public sealed class ProvinceQuery(PageFilters filters, FigureQuery figures, TileQuery tiles, ChartSpecFactory charts, Reconciliation reconciliation,
    UnitOrigins origins, IOptions<DashboardOptions> options, Metrics.Dossiers.DossierQuery dossiers)
{
    public static readonly SortOrder DefaultCommuneSort = new("name", false);

    public static IReadOnlyList<string> CommuneKeys { get; } = ["name", .. Kpi.All.Select(k => k.Key)];

    public async Task<ProvinceModel> BuildAsync(string code, string? period, string? q, string? sort, string? dir, string? page, CancellationToken ct)
    {
        // An old province's address (26, Vĩnh Phúc) says where it went rather than only "not found".
        if ((await filters.UnitsAsync(ct)).Directory.FindProvince(code).Item is null && await origins.WhereWentAsync(code, ct) is { } went)
            throw InvalidQueryException.NotFound(went.Vi, went.En);
        var province = await filters.ProvinceAsync(code, ct);
        var p = await filters.PeriodAsync(period, ct);
        var order = SortOrder.Parse(sort, dir, DefaultCommuneSort, [.. CommuneKeys]);
        var pageNumber = PageFilters.PageNumber(page);
        var units = await filters.UnitsAsync(ct);
        var scope = new Scope(province.Code);

        var (w, h) = ChartRequest.DefaultSize(ChartKind.Trend);
        var trend = await charts.ViewAsync(new ChartRequest(ChartKind.Trend, p, province.Code, null, null, 24, Ui.Language, w, h), ct);
        (w, h) = ChartRequest.DefaultSize(ChartKind.Fields);
        var fieldChart = await charts.ViewAsync(new ChartRequest(ChartKind.Fields, p, province.Code, null, null, 0, Ui.Language, w, h), ct);
        var byField = (await figures.ByFieldAsync(scope, p, ct)).ToDictionary(g => g.Key, g => g.Figures);
        var fields = Sorting.By(units.Fields.Select(f => new FieldRow(FieldView.Of(f), byField.GetValueOrDefault(f.Code) ?? Figures.Empty)),
            r => r.Figures.Received.Value, true, r => r.Field.NameVi);

        var byCommune = await figures.ByCommuneAsync(scope, p, ct);
        var agencies = byCommune.FirstOrDefault(g => g.Key is null)?.Figures ?? Figures.Empty;
        var communeFigures = byCommune.Where(g => g.Key is not null).ToDictionary(g => g.Key!, g => g.Figures);
        var communes = units.CommunesOf(province.Code);
        var approximate = await figures.ApproximateCommunesAsync(province.Code, p.First, ct);
        var rows = communes.Select(c => new CommuneRow(CommuneView.Of(c), communeFigures.GetValueOrDefault(c.Code) ?? Figures.Empty,
            approximate.Contains(c.Code))).ToList();
        var completeness = new Completeness(communes.Count, [.. rows.Where(r => r.Figures.Rows == 0).Select(r => r.Commune)]);

        var found = Search(rows, q, province.Code, units);
        var sorted = order.Key == "name"
            ? Sorting.ByName(found, order.Descending, r => r.Commune.Name)
            : Sorting.By(found, r => Kpi.Find(order.Key)!.SortValue(r.Figures), order.Descending, r => r.Commune.Name);
        var size = options.Value.CommunePageSize;
        var pageCount = Math.Max(1, (sorted.Count + size - 1) / size);
        pageNumber = Math.Min(pageNumber, pageCount);
        var table = new CommuneTable([.. sorted.Skip((pageNumber - 1) * size).Take(size)], sorted.Count, rows.Count, pageNumber, pageCount,
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(), order, rows.Any(r => r.Approximate));

        var reported = p.Kind == PeriodKind.Month ? await reconciliation.RunAsync(province.Code, p.First, ct) : [];

        return new ProvinceModel(ProvinceView.Of(province), PeriodPicker.Create(p, await filters.RangeAsync(ct), null, units.Fields, false),
            await tiles.BuildAsync(scope, p, ct), trend, fields, fieldChart, agencies, table, completeness,
            [.. reported.Select(r => ReconcileQuery.Line(r, province.Name, null))],
            [.. (await origins.PredecessorsAsync(province.Code, ct)).Select(ProvinceView.Of)],
            await dossiers.AnyAsync(new Metrics.Dossiers.DossierUnit(province.Code), ct));
    }

    /// <summary>
    /// The communes whose name matches as the spine's rules say (code, prefix, spelling, Unicode form, no diacritics),
    /// and those whose name contains the text, compared the same way, so that part of a name finds them too.
    /// </summary>
    private static IReadOnlyList<CommuneRow> Search(IReadOnlyList<CommuneRow> rows, string? q, string provinceCode, Units units)
    {
        if (string.IsNullOrWhiteSpace(q)) return rows;
        var text = q.Trim();
        var exact = units.Directory.FindCommune(text, provinceCode).Candidates.Select(c => c.Code).ToHashSet();
        var stripped = UnitName.StripPrefix(text);
        var plain = VietnameseText.HasNoDiacritics(stripped);
        var key = plain ? VietnameseText.PlainKey(stripped) : VietnameseText.ToneKey(stripped);
        return [.. rows.Where(r => exact.Contains(r.Commune.Code)
            || (key.Length > 0 && (plain ? UnitName.PlainKey(r.Commune.Name) : UnitName.Key(r.Commune.Name)).Contains(key, StringComparison.Ordinal)))];
    }
}
