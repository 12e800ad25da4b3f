using System.Globalization;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Charts;
using Microsoft.AspNetCore.WebUtilities;

namespace KpiDashboard.Web.Charts;

/// <summary>
/// Everything a chart depends on besides the data, already resolved to codes: value-equal, so its canonical
/// query string (with the data version) is the cache key and the ETag.
/// </summary>
/// <param name="OldUnits">The province is a unit of before July 2025 read on its own (Vĩnh Phúc in 2024), not today's.</param>
public sealed record ChartRequest(
    ChartKind Kind,
    Period Period,
    string? ProvinceCode,
    string? CommuneCode,
    string? FieldCode,
    int Months,
    Language Language,
    int Width,
    int Height,
    bool OldUnits = false)
{
    /// <summary>The sizes a chart URL may ask for, in CSS pixels: around what the pages use (760 × 860 at most), nothing huge.</summary>
    public const int MinSize = 200;
    public const int MaxSize = 1000;

    /// <summary>The scales a PNG may be drawn at: 1, or 2 for high-DPI screens (the pages' srcset).</summary>
    public static IReadOnlyList<double> Scales { get; } = [1, 2];

    public static (int Width, int Height) DefaultSize(ChartKind kind) => kind switch
    {
        ChartKind.Ranking => (760, 860),
        ChartKind.Trend => (760, 380),
        _ => (760, 380),
    };

    /// <summary>The canonical query string; chart URLs on pages are built from it, so they hit the same cache entry.</summary>
    public string Query(double scale = 1)
    {
        var q = new Dictionary<string, string?>
        {
            ["period"] = Period.ToString(),
            ["province"] = ProvinceCode,
            ["commune"] = CommuneCode,
            ["field"] = FieldCode,
            ["months"] = Kind == ChartKind.Trend ? Months.ToString(CultureInfo.InvariantCulture) : null,
            ["lang"] = Language.Code(),
            ["w"] = Width.ToString(CultureInfo.InvariantCulture),
            ["h"] = Height.ToString(CultureInfo.InvariantCulture),
            ["scale"] = scale == 1 ? null : scale.ToString(CultureInfo.InvariantCulture),
            ["units"] = OldUnits ? "old" : null,
        };
        return QueryHelpers.AddQueryString("", q.Where(kv => kv.Value is not null)!);
    }

    public string Path(ChartFormat format, double scale = 1) =>
        $"/charts/{Kind.ToString().ToLowerInvariant()}.{(format == ChartFormat.Svg ? "svg" : "png")}{Query(scale)}";
}
