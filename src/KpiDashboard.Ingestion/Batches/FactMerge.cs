using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>What a row does to an existing fact: the columns the file has replace, the others stay.</summary>
public static class FactMerge
{
    public static Measures Merge(Measures existing, Measures incoming, IReadOnlySet<FigureColumn> provided)
    {
        // Totals are re-derived, so a stored total that came from parts is not kept as if reported.
        var parts = new Measures();
        foreach (var m in MeasureCatalogue.All)
        {
            var (old, @new) = (m.Of(existing), m.Of(incoming));
            // The incoming totals were already derived from the incoming parts; keep them when the file had the parts.
            var replaced = provided.Contains(m.FigureColumn()) || (m.Kind == MeasureKind.Total && @new is not null);
            parts = m.With(parts, replaced ? @new : old);
        }
        return parts.WithDerivedTotals();
    }
}
