using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>A validated row of a figures file: its key and its measures, totals derived where the parts are known.</summary>
public sealed record FigureRow(int Row, FactKey Key, Measures Values);
