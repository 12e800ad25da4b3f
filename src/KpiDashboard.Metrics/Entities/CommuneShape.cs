namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// A commune's boundary for the maps, imported from a TopoJSON file (`kpi units import-boundaries`): its polygons in
/// longitude and latitude as JSON, [[ring, hole…], …] with each ring a flat [lon, lat, lon, lat, …] array.
/// </summary>
public sealed class CommuneShape
{
    public required string CommuneCode { get; init; }
    public required string ProvinceCode { get; set; }
    public required string Polygons { get; set; }
}
