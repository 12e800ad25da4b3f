using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>The column of a figures file that holds each measure of the catalogue: the one of the same name.</summary>
public static class MeasureFigureColumns
{
    private static readonly FigureColumn[] Columns = [.. MeasureCatalogue.All.Select(m => Enum.Parse<FigureColumn>(m.Column))];

    public static FigureColumn FigureColumn(this Measure measure) => Columns[measure.Index];

    /// <summary>The measure a column holds, or null for the key columns (period, province, commune, field).</summary>
    public static Measure? Measure(this FigureColumn column) => MeasureCatalogue.All.FirstOrDefault(m => Columns[m.Index] == column);
}
