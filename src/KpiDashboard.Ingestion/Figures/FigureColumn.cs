namespace KpiDashboard.Ingestion.Figures;

/// <summary>The columns a figures file may have; measures carry their canonical name.</summary>
public enum FigureColumn
{
    Period,
    Province,
    Commune,
    Field,
    ReceivedOnline,
    ReceivedOffline,
    CarriedOver,
    ResolvedEarly,
    ResolvedOnTime,
    ResolvedLate,
    PendingWithin,
    PendingOverdue,
    Received,
    Handled,
    Resolved,
    Pending,
}
