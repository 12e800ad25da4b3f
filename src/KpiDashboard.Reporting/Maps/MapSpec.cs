namespace KpiDashboard.Reporting.Maps;

/// <summary>
/// A choropleth ready to draw, in screen coordinates (pixels of a Width × Height frame): the units with their colour,
/// link and tooltip, the inset boxes (archipelagos, offshore special zones) and the legend. The SVG and the PNG
/// renderers draw the same spec, so both show the same colours.
/// </summary>
public sealed record MapSpec(
    string Title,
    string Note,
    double Width,
    double Height,
    IReadOnlyList<MapShape> Shapes,
    IReadOnlyList<MapInset> Insets,
    MapLegend Legend);

/// <param name="Rings">Closed rings as flat x,y arrays (the renderers close them); holes are drawn even-odd.</param>
/// <param name="Archipelago">"hoang-sa" or "truong-sa" when <paramref name="IslandRings"/> hold an archipelago.</param>
/// <param name="Fill">A colour #rrggbb, or null for "no data" (hatched).</param>
public sealed record MapShape(
    string Code,
    string Name,
    string Href,
    string Tooltip,
    string? Fill,
    IReadOnlyList<double[]> Rings,
    IReadOnlyList<double[]> IslandRings,
    string? Archipelago = null);

/// <summary>A dashed box with a label around units drawn apart from the main frame.</summary>
public sealed record MapInset(string Name, string Label, double X, double Y, double W, double H);

/// <param name="Items">The classes, from the first to the last; a null Fill is "no data".</param>
public sealed record MapLegend(string Title, IReadOnlyList<MapLegendItem> Items, double X, double Y);

public sealed record MapLegendItem(string? Fill, string Label);
