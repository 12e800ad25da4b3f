namespace KpiDashboard.Reporting.Maps;

/// <summary>
/// A unit's outline in screen coordinates, as the shipped province outlines and the commune layout both give it.
/// </summary>
/// <param name="Rings">Flat x,y rings of the unit in the main frame.</param>
/// <param name="IslandRings">Rings drawn apart: an archipelago, or a commune far offshore in its inset.</param>
/// <param name="Archipelago">"hoang-sa", "truong-sa" or "offshore" when <paramref name="IslandRings"/> hold one.</param>
public sealed record MapOutline(string Code, IReadOnlyList<double[]> Rings, IReadOnlyList<double[]> IslandRings, string? Archipelago);
