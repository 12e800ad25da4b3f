using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>A province or field with its figures; Rank is null where the ranking rate is unknown.</summary>
public sealed record RankedFigures(UnitRef Unit, Figures Figures, int? Rank = null);
