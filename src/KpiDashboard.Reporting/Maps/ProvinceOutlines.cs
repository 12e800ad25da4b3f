using System.Text.Json;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Maps;

/// <summary>
/// The 34 provinces as shipped in the embedded provinces.json (made by tools/MapSimplify): screen coordinates of a
/// fixed projection with the Trường Sa archipelago in an inset. Read once per process.
/// </summary>
public static class ProvinceOutlines
{
    private static readonly Lazy<Outlines> loaded = new(Load);

    public static Outlines All => loaded.Value;

    private static Outlines Load()
    {
        using var stream = typeof(ProvinceOutlines).Assembly.GetManifestResourceStream("KpiDashboard.Reporting.Maps.provinces.json")
            ?? throw new InvalidOperationException("provinces.json is not embedded in KpiDashboard.Reporting");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var provinces = root.GetProperty("provinces").EnumerateArray().Select(p => new MapOutline(
            p.GetProperty("code").GetString()!,
            Rings(p.GetProperty("rings")),
            p.TryGetProperty("archipelagoRings", out var ar) ? Rings(ar) : [],
            p.TryGetProperty("archipelago", out var a) ? a.GetString() : null)).ToList();
        List<MapInset> Insets(string label) => root.GetProperty("insets").EnumerateArray().Select(i => new MapInset(
            i.GetProperty("name").GetString()!, i.GetProperty(label).GetString()!,
            i.GetProperty("x").GetDouble(), i.GetProperty("y").GetDouble(), i.GetProperty("w").GetDouble(), i.GetProperty("h").GetDouble())).ToList();
        return new Outlines(root.GetProperty("width").GetDouble(), root.GetProperty("height").GetDouble(), provinces, Insets("labelVi"), Insets("labelEn"));
    }

    private static IReadOnlyList<double[]> Rings(JsonElement rings) =>
        [.. rings.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray())];
}

public sealed record Outlines(double Width, double Height, IReadOnlyList<MapOutline> Provinces, IReadOnlyList<MapInset> InsetsVi, IReadOnlyList<MapInset> InsetsEn)
{
    public IReadOnlyList<MapInset> Insets(Language l) => l == Language.En ? InsetsEn : InsetsVi;
}
