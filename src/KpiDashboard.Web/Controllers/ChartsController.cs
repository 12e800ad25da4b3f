using System.Globalization;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Charts;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Controllers;

/// <summary>
/// Charts as PNG or SVG. The ETag joins the data version (batches) with the canonical request (sizes parsed, so "w=0800" is
/// "w=800"), so a browser's conditional request costs one small query, and a repeated one is served from memory. Sizes
/// outside <see cref="ChartRequest.MinSize"/>–<see cref="ChartRequest.MaxSize"/> and scales other than 1 or 2 are a 400,
/// refused before anything is drawn.
/// </summary>
[PublicWhenReadOnly]
public sealed class ChartsController(PageFilters filters, DataVersion version, ChartSpecFactory factory, ChartCache cache, IOptions<DashboardOptions> options,
    AccessScope access, UnitOrigins origins) : Controller
{
    [HttpGet("/charts/{kind}.{format}")]
    public async Task<IActionResult> Chart(string kind, string format, string? period, string? province, string? commune, string? field,
        string? months, string? w, string? h, string? scale, string? units, CancellationToken ct)
    {
        var chartKind = kind.ToLowerInvariant() switch
        {
            "ranking" => ChartKind.Ranking,
            "trend" => ChartKind.Trend,
            "fields" => ChartKind.Fields,
            _ => throw InvalidQueryException.NotFound($"Không có biểu đồ \"{kind}\" (ranking, trend, fields).", $"There is no chart \"{kind}\" (ranking, trend, fields)."),
        };
        var chartFormat = format.ToLowerInvariant() switch
        {
            "png" => ChartFormat.Png,
            "svg" => ChartFormat.Svg,
            _ => throw InvalidQueryException.NotFound($"Không có định dạng \"{format}\" (png, svg).", $"There is no format \"{format}\" (png, svg)."),
        };
        var (defaultWidth, defaultHeight) = ChartRequest.DefaultSize(chartKind);
        var p = await filters.PeriodAsync(period, ct);
        var f = await filters.FieldAsync(field, ct);
        var c = string.IsNullOrWhiteSpace(commune) ? null : await filters.CommuneAsync(commune, ct);
        var old = await OldUnitsAsync(units, province, commune, chartKind, p, ct);
        var pr = old ?? (c is not null ? c.ProvinceCode : string.IsNullOrWhiteSpace(province) ? null : (await filters.ProvinceAsync(province, ct)).Code);
        var request = new ChartRequest(chartKind, p, pr, c?.Code, chartKind == ChartKind.Fields ? null : f?.Code,
            chartKind == ChartKind.Trend ? Whole(months, "months", 12, 1, 36) : 0, Ui.Language,
            Whole(w, "w", defaultWidth, ChartRequest.MinSize, ChartRequest.MaxSize), Whole(h, "h", defaultHeight, ChartRequest.MinSize, ChartRequest.MaxSize),
            old is not null);
        var s = Scale(scale);

        var etag = ConditionalResponse.ETag(await version.GetAsync(ct), Key(request, chartFormat, s));
        if (ConditionalResponse.IsNotModified(HttpContext, etag)) return StatusCode(StatusCodes.Status304NotModified);

        if (!cache.TryGet(etag, out var bytes))
        {
            var spec = await factory.BuildAsync(request, ct);
            bytes = ChartRenderer.Render(spec, chartFormat, request.Width, request.Height, s);
            cache.Set(etag, bytes);
        }
        return File(bytes, ChartRenderer.ContentType(chartFormat));
    }

    /// <summary>
    /// For units=old: the old province's code (its own page's charts, a period before July 2025, no commune). Anything else
    /// with units=old is a 400 naming what is wrong; an old province that is not one is a 404 as for today's.
    /// </summary>
    private async Task<string?> OldUnitsAsync(string? units, string? province, string? commune, ChartKind kind, Period period, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(units)) return null;
        if (units != "old")
            throw InvalidQueryException.BadRequest($"Giá trị units \"{units}\" không hợp lệ (old).", $"Invalid units \"{units}\" (old).");
        if (kind == ChartKind.Ranking || string.IsNullOrWhiteSpace(province) || !string.IsNullOrWhiteSpace(commune) || !UnitValidity.IsOldPeriod(period.Last.Key))
            throw InvalidQueryException.BadRequest("units=old cần một tỉnh cũ và một kỳ trước 07/2025 (biểu đồ trend hoặc fields).",
                "units=old needs an old province and a period before 2025-07 (trend or fields chart).");
        return (await origins.OldProvinceAsync(province, ct))?.Province.Code
            ?? throw InvalidQueryException.NotFound($"Không tìm thấy tỉnh cũ \"{province}\".", $"Unknown old province \"{province}\".");
    }

    private string Key(ChartRequest request, ChartFormat format, double scale)
    {
        var o = options.Value;
        var provinces = access.Provinces is { } allowed ? string.Join(',', allowed.Order()) : "*";
        return string.Create(CultureInfo.InvariantCulture, $"{request.Kind}|{format}|{request.Query(scale)}|{o.OnTimeTarget}|{provinces}|{PublishedFigures.KeyOf(HttpContext)}");
    }

    private static int Whole(string? text, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        throw InvalidQueryException.BadRequest($"Giá trị \"{text}\" của {name} không hợp lệ (từ {min} đến {max}).", $"Invalid {name} \"{text}\" (from {min} to {max}).");
    }

    private static double Scale(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 1;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && ChartRequest.Scales.Contains(value)) return value;
        throw InvalidQueryException.BadRequest($"Tỷ lệ phóng \"{text}\" không hợp lệ (1 hoặc 2).", $"Invalid scale \"{text}\" (1 or 2).");
    }
}
