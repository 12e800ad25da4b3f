using SkiaSharp;

namespace KpiDashboard.Reporting.Charts;

/// <summary>
/// Picks an installed font that has the Vietnamese glyphs. ScottPlot takes SkiaSharp's default typeface,
/// which on Debian with SkiaSharp's NoDependencies native build is whatever family it scans first
/// (here DejaVu Serif), and falls back per character only through fontconfig, which that build does not use.
/// </summary>
internal static class ChartFonts
{
    // Precomposed Vietnamese letters (NFC) plus the marks the charts draw themselves.
    private const string Probe = "ĂÂĐÊÔƠƯăâđêôơưắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵ—…%";

    private static readonly string[] Preferred =
        ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Segoe UI", "Roboto", "Open Sans", "Helvetica", "FreeSans"];

    private static readonly Lazy<string?> family = new(Find);

    /// <summary>The family used for all chart text, or null when no installed font has the glyphs.</summary>
    public static string? Family => family.Value;

    private static string? Find()
    {
        var installed = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Preferred.Where(installed.Contains).Concat(installed.Order(StringComparer.Ordinal)))
        {
            if (HasGlyphs(name)) return name;
        }
        return null;
    }

    private static bool HasGlyphs(string name)
    {
        using var typeface = SKTypeface.FromFamilyName(name);
        return typeface is not null
            && string.Equals(typeface.FamilyName, name, StringComparison.OrdinalIgnoreCase)
            && typeface.ContainsGlyphs(Probe);
    }
}
