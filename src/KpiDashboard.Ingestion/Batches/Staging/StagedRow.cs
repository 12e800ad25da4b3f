using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>The columns of one staging row, in <see cref="StagingSql.Columns"/> order, without boxing them.</summary>
internal static class StagedRow
{
    public static int PreviousPeriod(FigureRow row) => Month.FromKey(row.Key.Period).Previous.Key;

    public static string CommuneKey(FigureRow row) => row.Key.CommuneCode ?? "";

    /// <summary>The twelve measures, in <see cref="StagingSql.Measures"/> order.</summary>
    public static void Measures(FigureRow row, Span<int?> into)
    {
        foreach (var m in MeasureCatalogue.All) into[m.Index] = m.Of(row.Values);
    }
}
