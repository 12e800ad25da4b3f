using System.Globalization;
using System.Text;

namespace KpiDashboard.Reporting.Maps;

/// <summary>
/// A <see cref="MapSpec"/> as SVG markup that works inline in a page and as a file: each unit an &lt;a&gt; with a
/// &lt;title&gt; (its name and value), so the map is usable without JavaScript. Colours are presentation attributes,
/// not style, so the page's CSP (no inline style) allows them.
/// </summary>
public static class MapSvg
{
    public const string NoDataPattern = "map-nodata";
    private const string Outline = "#ffffff";
    private const string IslandOutline = "#555555";

    public static string Render(MapSpec spec)
    {
        var s = new StringBuilder(64 * 1024);
        s.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 {N(spec.Width)} {N(spec.Height)}\" role=\"group\" aria-labelledby=\"map-title\" aria-describedby=\"map-note\">");
        s.Append("<title id=\"map-title\">").Append(E(spec.Title)).Append("</title>");
        s.Append("<desc id=\"map-note\">").Append(E(spec.Note)).Append("</desc>");
        s.Append("<defs><pattern id=\"").Append(NoDataPattern)
            .Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9e9e9e\" stroke-width=\"2\"/></pattern></defs>");
        s.Append("<g class=\"units\">");
        foreach (var shape in spec.Shapes)
        {
            var fill = Fill(shape.Fill);
            // A unit the reader may not open is drawn, unlinked, so that the country stays whole.
            var element = shape.Href.Length > 0 ? "a" : "g";
            s.Append('<').Append(element);
            if (shape.Href.Length > 0) s.Append(" href=\"").Append(E(shape.Href)).Append('"');
            s.Append(" data-code=\"").Append(E(shape.Code)).Append("\"><title>").Append(E(shape.Tooltip)).Append("</title>");
            if (shape.Rings.Count > 0)
                s.Append("<path d=\"").Append(PathData(shape.Rings)).Append("\" fill=\"").Append(fill)
                    .Append("\" fill-rule=\"evenodd\" stroke=\"").Append(Outline).Append("\" stroke-width=\"0.7\"/>");
            // Islands are a pixel or two across: a dark outline keeps every one of them visible at any size.
            if (shape.IslandRings.Count > 0)
                s.Append("<path class=\"archipelago\" data-archipelago=\"").Append(E(shape.Archipelago ?? "")).Append("\" d=\"").Append(PathData(shape.IslandRings))
                    .Append("\" fill=\"").Append(fill).Append("\" stroke=\"").Append(IslandOutline).Append("\" stroke-width=\"0.8\"/>");
            s.Append("</").Append(element).Append('>');
        }
        s.Append("</g><g class=\"insets\" aria-hidden=\"true\">");
        foreach (var inset in spec.Insets)
        {
            s.Append(CultureInfo.InvariantCulture,
                $"<rect data-inset=\"{E(inset.Name)}\" x=\"{N(inset.X)}\" y=\"{N(inset.Y)}\" width=\"{N(inset.W)}\" height=\"{N(inset.H)}\" fill=\"none\" stroke=\"#8a8a8a\" stroke-dasharray=\"4 3\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(inset.X + inset.W)}\" y=\"{N(inset.Y - 5)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#333333\">").Append(E(inset.Label)).Append("</text>");
        }
        s.Append("</g>");
        AppendLegend(s, spec.Legend);
        s.Append("</svg>");
        return s.ToString();
    }

    private static void AppendLegend(StringBuilder s, MapLegend legend)
    {
        s.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\" transform=\"translate({N(legend.X)} {N(legend.Y)})\">");
        s.Append("<text x=\"0\" y=\"0\" font-size=\"13\" font-weight=\"bold\" fill=\"#222222\">").Append(E(legend.Title)).Append("</text>");
        for (var i = 0; i < legend.Items.Count; i++)
        {
            var item = legend.Items[i];
            var y = 10 + i * 22;
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{y}\" width=\"22\" height=\"16\" fill=\"{Fill(item.Fill)}\" stroke=\"#777777\" stroke-width=\"0.5\"/>");
            s.Append(CultureInfo.InvariantCulture, $"<text x=\"30\" y=\"{y + 13}\" font-size=\"12\" fill=\"#222222\">").Append(E(item.Label)).Append("</text>");
        }
        s.Append("</g>");
    }

    private static string Fill(string? colour) => colour ?? $"url(#{NoDataPattern})";

    /// <summary>"M x y L … Z" per ring, one decimal: a tenth of a pixel is finer than any screen shows.</summary>
    public static string PathData(IEnumerable<double[]> rings)
    {
        var s = new StringBuilder();
        foreach (var ring in rings)
        {
            for (var i = 0; i + 1 < ring.Length; i += 2)
                s.Append(i == 0 ? 'M' : 'L').Append(N(ring[i])).Append(' ').Append(N(ring[i + 1]));
            s.Append('Z');
        }
        return s.ToString();
    }

    private static string N(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    // Only the markup characters: Vietnamese letters stay as they are (UTF-8), a third of the size of character references.
    private static string E(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
