using System.Globalization;
using System.Text;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Maps;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Maps;
using KpiDashboard.Web.Pages;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Controllers;

/// <summary>
/// The maps as files: /maps/provinces.svg|png and /maps/communes.svg|png?province=X, coloured by ?kpi= (ontime, index,
/// online, overdue, reporting). Cached like the charts: the ETag joins the data version (and for communes the imported
/// boundaries) with the canonical request and the caller's provinces; a repeated request is served from memory.
/// </summary>
[PublicWhenReadOnly]
public sealed class MapsController(PageFilters filters, DataVersion version, MapQuery maps, ChartCache cache, AccessScope access) : Controller
{
    [HttpGet("/maps/{level}.{format}")]
    public async Task<IActionResult> Map(string level, string format, string? kpi, string? period, string? field, string? province, string? scale, CancellationToken ct)
    {
        var communes = level.ToLowerInvariant() switch
        {
            "provinces" => false,
            "communes" => true,
            _ => throw InvalidQueryException.NotFound($"Không có bản đồ \"{level}\" (provinces, communes).", $"There is no map \"{level}\" (provinces, communes)."),
        };
        var png = format.ToLowerInvariant() switch
        {
            "svg" => false,
            "png" => true,
            _ => throw InvalidQueryException.NotFound($"Không có định dạng \"{format}\" (svg, png).", $"There is no format \"{format}\" (svg, png)."),
        };
        foreach (var (name, value) in new[] { ("kpi", kpi), ("period", period), ("field", field), ("province", province), ("scale", scale) })
            MapQuery.CheckLength(name, value);
        var mapKpi = MapQuery.ParseKpi(kpi);
        var p = await filters.PeriodAsync(period, ct);
        var f = await filters.FieldAsync(field, ct);
        var s = Scale(scale, png);
        var pr = communes
            ? string.IsNullOrWhiteSpace(province)
                ? throw InvalidQueryException.BadRequest("Bản đồ xã cần tham số province (mã tỉnh).", "A commune map needs the province parameter (a province code).")
                : await filters.ProvinceAsync(province, ct)
            : null;
        if (pr is not null && !access.CanRead(pr.Code))
            throw new AccessDeniedException($"Không có quyền xem tỉnh {pr.Code} / no access to province {pr.Code}");

        var data = await version.GetAsync(ct) + (pr is null ? "" : "-" + await maps.ShapesVersionAsync(pr.Code, ct));
        var key = string.Create(CultureInfo.InvariantCulture, $"map|{level}|{png}|{s}|{mapKpi.Key}|{p}|{f?.Code}|{pr?.Code}|{Ui.Language.Code()}|{Provinces()}|{PublishedFigures.KeyOf(HttpContext)}");
        var etag = ConditionalResponse.ETag(data, key);
        if (ConditionalResponse.IsNotModified(HttpContext, etag)) return StatusCode(StatusCodes.Status304NotModified);

        if (!cache.TryGet(etag, out var bytes))
        {
            var view = pr is null ? await maps.ProvincesAsync(mapKpi, p, f, ct) : await maps.CommunesAsync(pr, mapKpi, p, f, ct);
            bytes = png ? MapPng.Render(view.Spec, s) : Encoding.UTF8.GetBytes(view.Svg);
            cache.Set(etag, bytes);
        }
        return File(bytes, png ? "image/png" : "image/svg+xml");
    }

    private string Provinces() => access.Provinces is { } allowed ? string.Join(',', allowed.Order()) : "*";

    private static double Scale(string? text, bool png)
    {
        if (string.IsNullOrWhiteSpace(text)) return 1;
        if (png && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is 1 or 2) return value;
        throw InvalidQueryException.BadRequest($"Tỷ lệ phóng \"{text}\" không hợp lệ (1 hoặc 2, chỉ với PNG).", $"Invalid scale \"{text}\" (1 or 2, PNG only).");
    }
}
