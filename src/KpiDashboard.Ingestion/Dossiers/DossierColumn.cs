namespace KpiDashboard.Ingestion.Dossiers;

public enum DossierColumn
{
    DossierCode,
    ProcedureCode,
    ProcedureName,
    Field,
    Province,
    Commune,
    Channel,
    ReceivedAt,
    DueAt,
    HandlingDays,
    SupplementRequests,
    SupplementDays,
    FinishedAt,
    Outcome,
}
