namespace KpiDashboard.Ingestion.Figures;

/// <summary>The columns a figures file may have; measures carry their canonical name.</summary>
public enum FigureColumn
{
    Period,
    Province,
    Commune,
    Field,
    /// <summary>The old district (cấp huyện) of a row before July 2025.</summary>
    District,
    /// <summary>The district's name beside its code (the CSV export writes it for people); ingest reads the code.</summary>
    DistrictName,
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
