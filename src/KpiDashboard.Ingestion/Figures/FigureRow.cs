using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>A validated row of a figures file: its key and its measures, totals derived where the parts are known.</summary>
/// <param name="Provided">The measures this row states, when it is not every measure column of its file (figures read from prose).</param>
public sealed record FigureRow(int Row, FactKey Key, Measures Values, IReadOnlySet<FigureColumn>? Provided = null);
