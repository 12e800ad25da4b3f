using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.Reporting.Maps;

/// <summary>Builds the two maps: the 34 provinces (shipped outlines) and a province's communes (imported boundaries).</summary>
public static class MapSpecs
{
    /// <summary>The fill of a unit the reader may not see: plain, apart from both the classes and "no data".</summary>
    public const string OutsideAccess = "#f7f7f7";

    public static MapSpec Provinces(MapKpi kpi, IReadOnlyList<MapUnit> provinces, string title, Language l)
    {
        var outlines = ProvinceOutlines.All;
        var byCode = provinces.ToDictionary(p => p.Code);
        var shapes = new List<MapShape>();
        // A province the caller was given no unit for (outside their access) is drawn plain: the country stays whole.
        var units = outlines.Provinces.Select(o => byCode.GetValueOrDefault(o.Code) ?? new MapUnit(o.Code, "", "", null)).ToList();
        foreach (var (outline, unit) in outlines.Provinces.Zip(units))
            shapes.Add(Shape(kpi, unit, outline, l));
        return new MapSpec(title, Note(kpi, l), outlines.Width, outlines.Height, shapes, outlines.Insets(l),
            new MapLegend(kpi.Label(l), Legend(kpi, units, l), 430, 40));
    }

    /// <param name="polygons">The imported boundary of each commune that has one, by code.</param>
    public static MapSpec Communes(MapKpi kpi, IReadOnlyList<MapUnit> communes, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<double[]>>> polygons,
        string title, Language l)
    {
        var drawn = communes.Where(c => polygons.ContainsKey(c.Code)).ToList();
        var layout = CommuneLayout.Place([.. drawn.Select(c => (c.Code, polygons[c.Code]))]);
        var byCode = drawn.ToDictionary(c => c.Code);
        var shapes = layout.Shapes.Select(o => Shape(kpi, byCode[o.Code], o, l)).ToList();
        var insets = layout.Insets.Select(i => i with { Label = byCode[i.Name].Name }).ToList();
        return new MapSpec(title, Note(kpi, l), layout.Width, layout.Height, shapes, insets,
            new MapLegend(kpi.Label(l), Legend(kpi, communes, l), layout.SideX, 20));
    }

    private static MapShape Shape(MapKpi kpi, MapUnit unit, MapOutline outline, Language l)
    {
        var value = unit.Figures is { } f ? kpi.Text(f, l) : OutsideText(l);
        var fill = unit.Figures is { } g ? kpi.Fill(g) : OutsideAccess;
        // A unit outside the reader's access is not named: its outline only keeps the country whole.
        var tooltip = unit.Figures is null ? value : $"{unit.Name}: {value}";
        return new MapShape(unit.Code, unit.Name, unit.Href, tooltip, fill, outline.Rings, outline.IslandRings, outline.Archipelago);
    }

    private static IReadOnlyList<MapLegendItem> Legend(MapKpi kpi, IReadOnlyList<MapUnit> units, Language l)
    {
        var items = kpi.LegendItems(l).ToList();
        if (units.Any(u => u.Figures is null)) items.Add(new MapLegendItem(OutsideAccess, OutsideText(l)));
        return items;
    }

    private static string OutsideText(Language l) => l == Language.En ? "outside your access" : "ngoài phạm vi được xem";

    private static string Note(MapKpi kpi, Language l) => kpi.Note(l) + (kpi.Kind == MapValueKind.Status ? "" :
        l == Language.En ? " Hatched grey: no data for the period (not the same as a low value)." : " Gạch chéo xám: không có số liệu trong kỳ (khác với giá trị thấp).");
}
