using System.Text;
using ScottPlot;

namespace KpiDashboard.Reporting.Charts;

/// <summary>Renders a <see cref="ChartSpec"/> to PNG or SVG bytes. Stateless and thread-safe: one ScottPlot plot per call.</summary>
public static class ChartRenderer
{
    public const int MinSize = 100;
    public const int MaxSize = 2000;
    public const double MaxScale = 2;

    /// <summary>The most pixels of one PNG (2048 × 2048, 16 MB as a bitmap): a bound on what any caller can make it allocate.</summary>
    public const long MaxPixels = 2048L * 2048L;

    /// <summary>
    /// Renders <paramref name="spec"/> laid out for <paramref name="width"/> × <paramref name="height"/> CSS pixels.
    /// A PNG is <paramref name="scale"/> times larger in pixels (2 for high-DPI screens) with the same layout;
    /// an SVG is vector and ignores the scale.
    /// </summary>
    public static byte[] Render(ChartSpec spec, ChartFormat format, int width, int height, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, MinSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSize);
        if (!(scale is >= 1 and <= MaxScale)) throw new ArgumentOutOfRangeException(nameof(scale), scale, $"scale must be between 1 and {MaxScale}");
        if (format == ChartFormat.Png && Math.Round(width * scale) * Math.Round(height * scale) > MaxPixels)
            throw new ArgumentOutOfRangeException(nameof(scale), scale, $"a PNG of {width}×{height} at scale {scale} is over {MaxPixels} pixels");

        using var plot = Build(spec, width, height);
        switch (format)
        {
            case ChartFormat.Png:
                plot.ScaleFactor = scale;
                return plot.GetImageBytes((int)Math.Round(width * scale), (int)Math.Round(height * scale), ImageFormat.Png);
            case ChartFormat.Svg:
                return Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown chart format");
        }
    }

    public static string ContentType(ChartFormat format) => format switch
    {
        ChartFormat.Png => "image/png",
        ChartFormat.Svg => "image/svg+xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown chart format"),
    };

    /// <summary>
    /// The font family used for chart text, or null when no installed font has the Vietnamese glyphs
    /// (labels would show boxes: install Debian's fonts-dejavu-core). For a start-up or health check.
    /// </summary>
    public static string? FontFamily => ChartFonts.Family;

    private static Plot Build(ChartSpec spec, int width, int height) => spec switch
    {
        ProvinceRankingChartSpec s => RankingPlot.Build(s, height),
        TrendChartSpec s => TrendPlot.Build(s, width),
        FieldChartSpec s => FieldPlot.Build(s, height),
        _ => throw new ArgumentException($"no renderer for {spec.GetType().Name}", nameof(spec)),
    };
}
