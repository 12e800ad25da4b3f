using KpiDashboard.Reporting.Maps;

namespace KpiDashboard.Web.Maps;

/// <summary>
/// A map on a page: the SVG markup to put inline (so its links work), the data table that is its accessible
/// alternative, and the addresses of the same map as a file.
/// </summary>
/// <param name="Level">"provinces" or "communes".</param>
/// <param name="WithoutShape">Communes drawn nowhere because no boundary was imported for them (they are in the table).</param>
/// <param name="Approximate">Some commune's figures are approximate (a month before July 2025 with a split predecessor).</param>
public sealed record MapView(string Level, MapKpi Kpi, MapSpec Spec, string Svg, IReadOnlyList<MapTableRow> Rows, string SvgUrl, string PngUrl, int WithoutShape,
    bool Approximate = false);

/// <param name="Href">Empty when the reader may not open the unit.</param>
/// <param name="Approximate">Marked ≈ (see <see cref="MapView.Approximate"/>).</param>
public sealed record MapTableRow(string Code, string Name, string Href, string Value, bool NoData, bool Approximate = false);
