using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Maps;

/// <summary>A province or commune to colour: its figures for the period, or null when the reader may not see them.</summary>
public sealed record MapUnit(string Code, string Name, string Href, Figures? Figures);
