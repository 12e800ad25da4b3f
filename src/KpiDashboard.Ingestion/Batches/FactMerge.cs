using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>What a row does to an existing fact: the columns the file has replace, the others stay.</summary>
public static class FactMerge
{
    public static Measures Merge(Measures existing, Measures incoming, IReadOnlySet<FigureColumn> provided)
    {
        int? Pick(FigureColumn column, int? old, int? @new) => provided.Contains(column) ? @new : old;
        // Totals are re-derived, so a stored total that came from parts is not kept as if reported.
        var parts = new Measures
        {
            ReceivedOnline = Pick(FigureColumn.ReceivedOnline, existing.ReceivedOnline, incoming.ReceivedOnline),
            ReceivedOffline = Pick(FigureColumn.ReceivedOffline, existing.ReceivedOffline, incoming.ReceivedOffline),
            CarriedOver = Pick(FigureColumn.CarriedOver, existing.CarriedOver, incoming.CarriedOver),
            ResolvedEarly = Pick(FigureColumn.ResolvedEarly, existing.ResolvedEarly, incoming.ResolvedEarly),
            ResolvedOnTime = Pick(FigureColumn.ResolvedOnTime, existing.ResolvedOnTime, incoming.ResolvedOnTime),
            ResolvedLate = Pick(FigureColumn.ResolvedLate, existing.ResolvedLate, incoming.ResolvedLate),
            PendingWithin = Pick(FigureColumn.PendingWithin, existing.PendingWithin, incoming.PendingWithin),
            PendingOverdue = Pick(FigureColumn.PendingOverdue, existing.PendingOverdue, incoming.PendingOverdue),
            Received = ReportedOrKept(FigureColumn.Received, existing.Received, incoming.Received, provided),
            Handled = ReportedOrKept(FigureColumn.Handled, existing.Handled, incoming.Handled, provided),
            Resolved = ReportedOrKept(FigureColumn.Resolved, existing.Resolved, incoming.Resolved, provided),
            Pending = ReportedOrKept(FigureColumn.Pending, existing.Pending, incoming.Pending, provided),
        };
        return parts.WithDerivedTotals();
    }

    // The incoming totals were already derived from the incoming parts; keep them when the file had the parts.
    private static int? ReportedOrKept(FigureColumn column, int? old, int? @new, IReadOnlySet<FigureColumn> provided) =>
        provided.Contains(column) || @new is not null ? @new : old;
}
