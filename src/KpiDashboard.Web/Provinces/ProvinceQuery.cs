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
public sealed class ProvinceQuery(PageFilters filters, FigureQuery figures, PageFigures pageFigures, TileQuery tiles, ChartSpecFactory charts, Reconciliation reconciliation,
    UnitOrigins origins, IOptions<DashboardOptions> options, Metrics.Dossiers.DossierQuery dossiers)
{
    public static readonly SortOrder DefaultCommuneSort = new("name", false);

    public static IReadOnlyList<string> CommuneKeys { get; } = ["name", .. Kpi.All.Select(k => k.Key)];

    public async Task<ProvinceModel> BuildAsync(string code, string? period, string? q, string? sort, string? dir, string? page, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        if (units.Directory.FindProvince(code).Item is null)
        {
            // An old province (26, Vĩnh Phúc) has its own page for a period before July 2025, and says where it went after.
            var asked = await filters.PeriodAsync(period, ct);
            if (UnitValidity.IsOldPeriod(asked.Last.Key) && await origins.OldProvinceAsync(code, ct) is { } old)
                return await BuildOldAsync(old, asked, q, sort, dir, page, ct);
            if (await origins.WhereWentAsync(code, ct) is { } went)
                throw InvalidQueryException.NotFound(went.Vi, went.En);
        }
        var province = await filters.ProvinceAsync(code, ct);
        var p = await filters.PeriodAsync(period, ct);
        var scope = new Scope(province.Code);

        var byCommune = await pageFigures.ByCommuneAsync(scope, p, ct);
        var communeFigures = byCommune.Where(g => g.Key is not null).ToDictionary(g => g.Key!, g => g.Figures);
        var communes = units.CommunesOf(province.Code);
        var approximate = await figures.ApproximateCommunesAsync(province.Code, p.First, ct);
        var rows = communes.Select(c => new CommuneRow(CommuneView.Of(c), communeFigures.GetValueOrDefault(c.Code) ?? Figures.Empty,
            approximate.Contains(c.Code))).ToList();
        var reported = p.Kind == PeriodKind.Month ? await reconciliation.RunAsync(province.Code, p.First, ct) : [];

        return new ProvinceModel(ProvinceView.Of(province), PeriodPicker.Create(p, await filters.RangeAsync(ct), null, units.Fields, false),
            await tiles.BuildAsync(scope, p, ct), await TrendAsync(p, province.Code, false, ct), await FieldsAsync(scope, p, ct),
            await FieldChartAsync(p, province.Code, false, ct), Agencies(byCommune), Table(rows, units.Directory, province.Code, q, sort, dir, page),
            Completeness(rows), [.. reported.Select(r => ReconcileQuery.Line(r, province.Name, null))],
            [.. units.PredecessorsOf(province.Code).Select(ProvinceView.Of)],
            await dossiers.AnyAsync(new Metrics.Dossiers.DossierUnit(province.Code), ct));
    }

    /// <summary>
    /// An old province's own page for a period before July 2025, from the same parts: its own figures in the old units
    /// (<see cref="Scope.InOldUnits"/>), its communes and districts, and where it went.
    /// </summary>
    private async Task<ProvinceModel> BuildOldAsync(OldProvince old, Period p, string? q, string? sort, string? dir, string? page, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var code = old.Province.Code;
        var scope = new Scope(code, InOldUnits: true);
        var byCommune = await figures.ByCommuneAsync(scope, p, ct);
        var byUnit = byCommune.Where(g => g.Key is not null).ToDictionary(g => g.Key!, g => g.Figures);
        var rows = Sorting.ByName(old.Communes, false, c => c.Name)
            .Select(c => new CommuneRow(CommuneView.Of(c), byUnit.GetValueOrDefault(c.Code) ?? Figures.Empty)).ToList();
        var districts = Sorting.ByName(old.Districts, false, d => d.Name)
            .Select(d => new DistrictRow(d.Code, d.FullName, byUnit.GetValueOrDefault(DistrictKey.Of(d.Code)) ?? Figures.Empty)).ToList();
        // A range that ends before July 2025: the picker offers the old province's months only.
        var range = await filters.RangeAsync(ct);
        var last = Month.FromKey(UnitValidity.FirstNewPeriod).Previous;
        if (range.Last > last) range = range with { First = range.First > last ? last : range.First, Last = last };

        return new ProvinceModel(ProvinceView.Of(old.Province), PeriodPicker.Create(p, range, null, units.Fields, false),
            await tiles.BuildAsync(scope, p, ct), await TrendAsync(p, code, true, ct), await FieldsAsync(scope, p, ct),
            await FieldChartAsync(p, code, true, ct), Agencies(byCommune), Table(rows, old.Directory, code, q, sort, dir, page),
            Completeness(rows), [], [], false, new OldProvinceView(old.Successor is null ? null : ProvinceView.Of(old.Successor), districts));
    }

    private async Task<ChartView> TrendAsync(Period p, string province, bool old, CancellationToken ct)
    {
        var (w, h) = ChartRequest.DefaultSize(ChartKind.Trend);
        return await charts.ViewAsync(new ChartRequest(ChartKind.Trend, p, province, null, null, 24, Ui.Language, w, h, old), ct);
    }

    private async Task<ChartView> FieldChartAsync(Period p, string province, bool old, CancellationToken ct)
    {
        var (w, h) = ChartRequest.DefaultSize(ChartKind.Fields);
        return await charts.ViewAsync(new ChartRequest(ChartKind.Fields, p, province, null, null, 0, Ui.Language, w, h, old), ct);
    }

    private async Task<IReadOnlyList<FieldRow>> FieldsAsync(Scope scope, Period p, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var byField = (await pageFigures.ByFieldAsync(scope, p, ct)).ToDictionary(g => g.Key, g => g.Figures);
        return Sorting.By(units.Fields.Select(f => new FieldRow(FieldView.Of(f), byField.GetValueOrDefault(f.Code) ?? Figures.Empty)),
            r => r.Figures.Received.Value, true, r => r.Field.NameVi);
    }

    private static Figures Agencies(IReadOnlyList<Grouped<string?>> byCommune) => byCommune.FirstOrDefault(g => g.Key is null)?.Figures ?? Figures.Empty;

    private static Completeness Completeness(IReadOnlyList<CommuneRow> rows) =>
        new(rows.Count, [.. rows.Where(r => r.Figures.Rows == 0).Select(r => r.Commune)]);

    /// <summary>One page of the communes after search and sort.</summary>
    private CommuneTable Table(IReadOnlyList<CommuneRow> rows, UnitDirectory directory, string provinceCode, string? q, string? sort, string? dir, string? page)
    {
        var order = SortOrder.Parse(sort, dir, DefaultCommuneSort, [.. CommuneKeys]);
        var pageNumber = PageFilters.PageNumber(page);
        var found = Search(rows, q, provinceCode, directory);
        var sorted = order.Key == "name"
            ? Sorting.ByName(found, order.Descending, r => r.Commune.Name)
            : Sorting.By(found, r => Kpi.Find(order.Key)!.SortValue(r.Figures), order.Descending, r => r.Commune.Name);
        var size = options.Value.CommunePageSize;
        var pageCount = Math.Max(1, (sorted.Count + size - 1) / size);
        pageNumber = Math.Min(pageNumber, pageCount);
        return new CommuneTable([.. sorted.Skip((pageNumber - 1) * size).Take(size)], sorted.Count, rows.Count, pageNumber, pageCount,
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(), order, rows.Any(r => r.Approximate));
    }

    /// <summary>
    /// The communes whose name matches as the spine's rules say (code, prefix, spelling, Unicode form, no diacritics),
    /// and those whose name contains the text, compared the same way, so that part of a name finds them too.
    /// </summary>
    private static IReadOnlyList<CommuneRow> Search(IReadOnlyList<CommuneRow> rows, string? q, string provinceCode, UnitDirectory directory)
    {
        if (string.IsNullOrWhiteSpace(q)) return rows;
        var text = q.Trim();
        var exact = directory.FindCommune(text, provinceCode).Candidates.Select(c => c.Code).ToHashSet();
        var stripped = UnitName.StripPrefix(text);
        var plain = VietnameseText.HasNoDiacritics(stripped);
        var key = plain ? VietnameseText.PlainKey(stripped) : VietnameseText.ToneKey(stripped);
        return [.. rows.Where(r => exact.Contains(r.Commune.Code)
            || (key.Length > 0 && (plain ? UnitName.PlainKey(r.Commune.Name) : UnitName.Key(r.Commune.Name)).Contains(key, StringComparison.Ordinal)))];
    }
}
