using System.Text.Json;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Maps;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Maps;

/// <summary>
/// The choropleths: the 34 provinces coloured by a KPI, or one province's communes. A reader limited to some provinces
/// sees the whole country drawn but only their provinces named, coloured and linked (the others plain, in no table),
/// and only their provinces' communes.
/// </summary>
/// <remarks>
/// A drawn map is kept in the <see cref="ChartCache"/> by what it depends on (level, indicator, period, field, province,
/// language, the period and language its links keep, the reader's provinces, approved-only or not, the data version), so a
/// page that misses the page cache does not draw again the map the last one drew, and the map files use the same drawing.
/// </remarks>
public sealed class MapQuery(PageFilters filters, FigureQuery figures, PageFigures pageFigures, KpiDbContext db, AccessScope access, IHttpContextAccessor accessor,
    DataVersion version, ChartCache cache)
{
    public const int MaxParameterLength = 64;

    public static MapKpi ParseKpi(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return MapKpi.Default;
        return MapKpi.Find(text) ?? throw InvalidQueryException.BadRequest(
            $"Không có chỉ tiêu bản đồ \"{Clip(text)}\" ({string.Join(", ", MapKpi.All.Select(k => k.Key))}).",
            $"There is no map indicator \"{Clip(text)}\" ({string.Join(", ", MapKpi.All.Select(k => k.Key))}).");
    }

    /// <summary>Refuses a parameter longer than any valid value, before it reaches a lookup.</summary>
    public static void CheckLength(string name, string? value)
    {
        if (value is { Length: > MaxParameterLength })
            throw InvalidQueryException.BadRequest($"Giá trị của {name} quá dài (tối đa {MaxParameterLength} ký tự).", $"The value of {name} is too long (at most {MaxParameterLength} characters).");
    }

    public async Task<MapView> ProvincesAsync(MapKpi kpi, Period period, Field? field, CancellationToken ct) =>
        await KeptAsync("provinces", kpi, period, field, null, () => DrawProvincesAsync(kpi, period, field, ct), ct);

    public async Task<MapView> CommunesAsync(Province province, MapKpi kpi, Period period, Field? field, CancellationToken ct)
    {
        if (!access.CanRead(province.Code))
            throw new AccessDeniedException($"Không có quyền xem tỉnh {province.Code} / no access to province {province.Code}");
        return await KeptAsync("communes", kpi, period, field, province.Code, () => DrawCommunesAsync(province, kpi, period, field, ct), ct);
    }

    private async Task<MapView> KeptAsync(string level, MapKpi kpi, Period period, Field? field, string? province, Func<Task<MapView>> draw, CancellationToken ct)
    {
        var provinces = access.Provinces is { } allowed ? string.Join(',', allowed.Order(StringComparer.Ordinal)) : "*";
        var data = await version.GetAsync(ct);
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"mapview|{level}|{kpi.Key}|{period}|{field?.Code}|{province}|{Ui.Language.Code()}|{Link("", null)}|{provinces}|{PublishedFigures.KeyOf(accessor.HttpContext)}|{data}");
        if (cache.TryGet<MapView>(key, out var kept)) return kept;
        var view = await draw();
        // The markup twice (the string, and the spec it was drawn from) and the table's rows.
        cache.Set(key, view, 4L * view.Svg.Length + 256L * view.Rows.Count);
        return view;
    }

    private async Task<MapView> DrawProvincesAsync(MapKpi kpi, Period period, Field? field, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var byProvince = (await pageFigures.ByProvinceAsync(new Scope(FieldCode: field?.Code), period, ct)).ToDictionary(g => g.Key, g => g.Figures);
        var mapUnits = units.Provinces.Select(p => access.CanRead(p.Code)
            ? new MapUnit(p.Code, p.Name, Link($"/provinces/{p.Code}", kpi), byProvince.GetValueOrDefault(p.Code) ?? Figures.Empty)
            : new MapUnit(p.Code, "", "", null)).ToList();
        var title = Ui.T($"Bản đồ 34 tỉnh, thành phố: {kpi.Vi}, {PeriodText.Name(period)}", $"Map of the 34 provinces: {kpi.En}, {PeriodText.Name(period)}")
            + FieldSuffix(units, field);
        var spec = MapSpecs.Provinces(kpi, mapUnits, title, Ui.Language);
        return new MapView("provinces", kpi, spec, MapSvg.Render(spec), Rows(kpi, mapUnits),
            FileUrl("/maps/provinces.svg", kpi, period, field, null), FileUrl("/maps/provinces.png", kpi, period, field, null), 0);
    }

    private async Task<MapView> DrawCommunesAsync(Province province, MapKpi kpi, Period period, Field? field, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var byCommune = (await pageFigures.ByCommuneAsync(new Scope(province.Code, FieldCode: field?.Code), period, ct))
            .Where(g => g.Key is not null).ToDictionary(g => g.Key!, g => g.Figures);
        var communes = units.CommunesOf(province.Code);
        var approximate = await figures.ApproximateCommunesAsync(province.Code, period.First, ct);
        var mapUnits = communes.Select(c => new MapUnit(c.Code, c.FullName, Link($"/communes/{c.Code}", null), byCommune.GetValueOrDefault(c.Code) ?? Figures.Empty)).ToList();
        var stored = await db.CommuneShapes.AsNoTracking().Where(s => s.ProvinceCode == province.Code)
            .Select(s => new { s.CommuneCode, s.Polygons }).ToListAsync(ct);
        var polygons = stored.ToDictionary(s => s.CommuneCode, s => Parse(s.Polygons));
        var title = Ui.T($"Bản đồ xã, phường của {province.FullName}: {kpi.Vi}, {PeriodText.Name(period)}",
            $"Map of the communes of {province.FullName}: {kpi.En}, {PeriodText.Name(period)}") + FieldSuffix(units, field)
            + (approximate.Count > 0 ? Ui.T(" (≈ gần đúng)", " (≈ approximate)") : "");
        var spec = MapSpecs.Communes(kpi, mapUnits, polygons, title, Ui.Language);
        return new MapView("communes", kpi, spec, MapSvg.Render(spec), Rows(kpi, mapUnits, approximate),
            FileUrl("/maps/communes.svg", kpi, period, field, province.Code), FileUrl("/maps/communes.png", kpi, period, field, province.Code),
            communes.Count(c => !polygons.ContainsKey(c.Code)), approximate.Count > 0);
    }

    /// <summary>What changes a province's commune map besides the figures: its imported boundaries.</summary>
    public async Task<string> ShapesVersionAsync(string provinceCode, CancellationToken ct)
    {
        var count = await db.CommuneShapes.CountAsync(s => s.ProvinceCode == provinceCode, ct);
        var length = await db.CommuneShapes.Where(s => s.ProvinceCode == provinceCode).SumAsync(s => (long)s.Polygons.Length, ct);
        return FormattableString.Invariant($"{count}.{length}");
    }

    private static IReadOnlyList<IReadOnlyList<double[]>> Parse(string polygons) =>
        JsonSerializer.Deserialize<double[][][]>(polygons) is { } p ? p.Select(rings => (IReadOnlyList<double[]>)rings).ToList() : [];

    private static IReadOnlyList<MapTableRow> Rows(MapKpi kpi, IReadOnlyList<MapUnit> units, IReadOnlySet<string>? approximate = null) =>
        [.. units.Where(u => u.Figures is not null).Select(u => new MapTableRow(u.Code, u.Name, u.Href, kpi.Text(u.Figures!, Ui.Language),
            kpi.Value(u.Figures!) is null, approximate?.Contains(u.Code) == true))];

    private static string FieldSuffix(Units units, Field? field) => field is null ? "" : $" ({units.FieldName(field)})";

    private string Link(string path, MapKpi? kpi)
    {
        var request = accessor.HttpContext?.Request;
        return request is null ? path : Links.Keep(path, request, ("kpi", kpi?.Key));
    }

    private string FileUrl(string path, MapKpi kpi, Period period, Field? field, string? province)
    {
        var query = new Dictionary<string, string?> { ["kpi"] = kpi.Key, ["period"] = period.ToString(), ["field"] = field?.Code, ["province"] = province, ["lang"] = Ui.Language.Code() };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query.Where(kv => kv.Value is not null)!);
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
