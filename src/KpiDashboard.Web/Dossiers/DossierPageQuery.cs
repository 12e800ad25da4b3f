using KpiDashboard.Ingestion;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Dossiers;

/// <summary>Reads the dossier pages' filters and builds their models and the overdue list's workbook.</summary>
public sealed class DossierPageQuery(PageFilters filters, DossierQuery dossiers, AccessScope access, IHttpContextAccessor http)
{
    public const int PageSize = 100;
    /// <summary>The procedures shown with late or overdue dossiers; the rest are counted.</summary>
    public const int GroupCap = 100;
    /// <summary>The workbook's rows: far more than anyone chases in a month, far less than a sheet holds.</summary>
    public const int WorkbookCap = 100_000;
    /// <summary>Longer than any code a list may store (50), short enough to echo.</summary>
    public const int MaxProcedureCode = 100;

    public async Task<DossierPageModel> BuildAsync(DossierFilter filter, CancellationToken ct)
    {
        var (unit, province, commune, month) = await ReadAsync(filter, ct);
        var units = await filters.UnitsAsync(ct);
        var source = Published(dossiers.Of(unit), month);
        var byProcedure = await dossiers.CountAsync(source, DossierQuery.ByProcedure, month, ct);
        var byField = await dossiers.CountAsync(source, DossierQuery.ByField, month, ct);
        var total = Sum("", byField);
        var flagged = byProcedure.Where(g => g.Late + g.Overdue > 0).OrderByDescending(g => g.Late + g.Overdue).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var names = await dossiers.ProcedureNamesAsync(source, [.. flagged.Take(GroupCap).Select(g => g.Key)], ct);
        var fields = units.Fields.ToDictionary(f => f.Code, f => Ui.T(f.NameVi, f.NameEn));

        OverdueTable? overdue = null;
        if (DossierAccess.MaySeeCodes(http.HttpContext!.User, access, unit))
        {
            var sort = SortOrder.Parse(filter.Sort, filter.Dir, new SortOrder("due", false), DossierQuery.OverdueSortKeys);
            var page = PageFilters.PageNumber(filter.Page);
            var pageCount = Math.Max(1, (total.Overdue + PageSize - 1) / PageSize);
            page = Math.Min(page, pageCount);
            var (count, rows) = await dossiers.OverdueAsync(source, month, sort.Key, sort.Descending, (page - 1) * PageSize, PageSize, ct);
            var rowNames = await dossiers.ProcedureNamesAsync(source, [.. rows.Select(r => r.ProcedureCode).Distinct()], ct);
            overdue = new OverdueTable(count, [.. rows.Select(r => Row(r, rowNames, fields, units))], page, Math.Max(1, (count + PageSize - 1) / PageSize), sort);
        }

        return new DossierPageModel(ProvinceView.Of(province), commune is null ? null : CommuneView.Of(commune), unit.AgenciesOnly,
            UnitName(province, commune, unit.AgenciesOnly), month, await WindowAsync(month, ct), await MonthsAsync(month, ct), await dossiers.AnyAsync(unit, ct), total,
            [.. flagged.Take(GroupCap).Select(g => new DossierGroupRow(g.Key, names.GetValueOrDefault(g.Key, ""), g))], Math.Max(0, flagged.Count - GroupCap),
            [.. byField.Where(g => g.Late + g.Overdue > 0).OrderByDescending(g => g.Late + g.Overdue).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new DossierGroupRow(g.Key, fields.GetValueOrDefault(g.Key, g.Key), g))],
            overdue, Links.With("/dossiers/excel", http.HttpContext!.Request, ("sort", null), ("dir", null), ("page", null)));
    }

    public async Task<(byte[] Content, string ContentDisposition)> WorkbookAsync(DossierFilter filter, CancellationToken ct)
    {
        var (unit, province, commune, month) = await ReadAsync(filter, ct);
        if (!DossierAccess.MaySeeCodes(http.HttpContext!.User, access, unit))
            throw new AccessDeniedException("Danh sách hồ sơ chỉ dành cho cán bộ của đơn vị / the dossier list is for the unit's officers");
        var units = await filters.UnitsAsync(ct);
        var fields = units.Fields.ToDictionary(f => f.Code, f => Ui.T(f.NameVi, f.NameEn));
        var source = Published(dossiers.Of(unit), month);
        var (count, rows) = await dossiers.OverdueAsync(source, month, "due", false, 0, WorkbookCap, ct);
        var names = await dossiers.ProcedureNamesAsync(source, [.. rows.Select(r => r.ProcedureCode).Distinct()], ct);
        var name = UnitName(province, commune, unit.AgenciesOnly);
        var content = OverdueWorkbook.ToBytes(name, month, (await dossiers.WindowAsync(month, ct)).Last, count, [.. rows.Select(r => Row(r, names, fields, units))], Ui.Language);
        var file = KpiDashboard.Reporting.Excel.ReportFileName.Make(Ui.T("HồSơQuáHạn", "OverdueDossiers"), name, Period.OfMonth(month), "xlsx");
        return (content, file.ContentDisposition());
    }

    public async Task<ProcedurePageModel> ProcedureAsync(string? code, string? period, string? provinceText, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
            throw InvalidQueryException.BadRequest("Thiếu mã thủ tục hành chính trong địa chỉ.", "The address gives no procedure code.");
        if (code.Length > MaxProcedureCode)
            throw InvalidQueryException.BadRequest($"Mã thủ tục dài quá {MaxProcedureCode} ký tự: \"{IngestText.Echo(code)}\".",
                $"The procedure code is longer than {MaxProcedureCode} characters: \"{IngestText.Echo(code)}\".");
        var month = await filters.MonthAsync(period, ct);
        var units = await filters.UnitsAsync(ct);
        var province = string.IsNullOrWhiteSpace(provinceText) ? null : await filters.ProvinceAsync(provinceText, ct);
        if (province is not null) DossierAccess.EnsureCanRead(access, province.Code);
        var source = dossiers.OfProcedure(code);
        if (province is not null)
        {
            var p = province.Code;
            source = source.Where(d => d.ProvinceCode == p);
        }
        else if (access.Provinces is { } allowed)
        {
            var list = allowed.ToList();
            source = source.Where(d => list.Contains(d.ProvinceCode));
        }
        source = Published(source, month);
        var groups = await dossiers.CountAsync(source, province is null ? DossierQuery.ByProvince : DossierQuery.ByCommune, month, ct);
        var rows = groups.Select(g => new DossierGroupRow(g.Key, province is null
                ? units.Directory.FindProvince(g.Key).Item?.Name ?? g.Key
                : g.Key == "" ? Ui.T("Cơ quan cấp tỉnh", "Provincial agencies") : units.Directory.FindCommuneAnywhere(g.Key).Item is { } c ? $"{c.Kind} {c.Name}" : g.Key, g))
            .ToList();
        var sorted = Sorting.ByName(rows, false, r => r.Name);
        var names = await dossiers.ProcedureNamesAsync(source, [code], ct);
        return new ProcedurePageModel(code, names.GetValueOrDefault(code, ""), month, await WindowAsync(month, ct), await MonthsAsync(month, ct),
            province is null ? null : ProvinceView.Of(province), sorted, Sum("", groups));
    }

    /// <summary>The dossiers the reader may see counted: with Dashboard:PublishApprovedOnly, only those of approved reports.</summary>
    private IQueryable<Metrics.Entities.Dossier> Published(IQueryable<Metrics.Entities.Dossier> source, Month month) =>
        PublishedFigures.ApprovedOnly(http.HttpContext) ? dossiers.Approved(source, month) : source;

    private static OverdueRow Row(DossierQuery.OverdueDossier r, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> fields, Units units) =>
        new(r.Code, r.ProcedureCode, r.ProcedureName ?? names.GetValueOrDefault(r.ProcedureCode, ""), fields.GetValueOrDefault(r.FieldCode, r.FieldCode),
            r.CommuneCode is { } c && units.Directory.FindCommuneAnywhere(c).Item is { } commune ? $"{commune.Kind} {commune.Name}" : r.CommuneCode ?? "",
            r.ReceivedOn, r.DueOn, r.WorkingDaysOver);

    private static string UnitName(Metrics.Entities.Province province, Metrics.Entities.Commune? commune, bool agencies) =>
        commune is not null ? $"{commune.Kind} {commune.Name}"
        : agencies ? Ui.T($"Cơ quan cấp tỉnh – {province.Kind} {province.Name}", $"Provincial agencies – {province.Kind} {province.Name}")
        : $"{province.Kind} {province.Name}";

    private static DossierGroupCounts Sum(string key, IEnumerable<DossierGroupCounts> groups)
    {
        var total = new DossierGroupCounts(key);
        foreach (var g in groups)
        {
            total.Received += g.Received; total.Early += g.Early; total.OnTime += g.OnTime; total.Late += g.Late;
            total.PendingWithin += g.PendingWithin; total.Overdue += g.Overdue;
            total.HandlingDaysSum += g.HandlingDaysSum; total.HandlingCount += g.HandlingCount;
        }
        return total;
    }

    private async Task<DossierWindow> WindowAsync(Month month, CancellationToken ct)
    {
        var (first, last) = await dossiers.WindowAsync(month, ct);
        return new DossierWindow(first, last);
    }

    private async Task<IReadOnlyList<Month>> MonthsAsync(Month month, CancellationToken ct)
    {
        var range = await filters.RangeAsync(ct);
        var months = new List<Month>();
        for (var m = range.Last > month ? range.Last : month; months.Count < 24; m = m.Previous) months.Add(m);
        return months;
    }

    private async Task<(DossierUnit Unit, Metrics.Entities.Province Province, Metrics.Entities.Commune? Commune, Month Month)> ReadAsync(DossierFilter filter, CancellationToken ct)
    {
        var province = await filters.ProvinceAsync(filter.Province, ct);
        DossierAccess.EnsureCanRead(access, province.Code);
        Metrics.Entities.Commune? commune = null;
        if (!string.IsNullOrWhiteSpace(filter.Commune))
        {
            commune = await filters.CommuneAsync(filter.Commune, ct);
            if (commune.ProvinceCode != province.Code)
                throw InvalidQueryException.NotFound($"Xã \"{IngestText.Echo(filter.Commune)}\" không thuộc tỉnh {province.Name}.",
                    $"Commune \"{IngestText.Echo(filter.Commune)}\" is not in {province.Name}.");
        }
        var agencies = commune is null && filter.Agencies is "1" or "true";
        return (new DossierUnit(province.Code, commune?.Code, agencies), province, commune, await filters.MonthAsync(filter.Period, ct));
    }
}

public sealed record DossierFilter(string? Province, string? Commune, string? Agencies, string? Period, string? Sort, string? Dir, string? Page);
