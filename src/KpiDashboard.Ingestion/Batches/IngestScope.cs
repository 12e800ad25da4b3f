namespace KpiDashboard.Ingestion.Batches;

/// <summary>Unit, month and field as the user wrote them (names or codes); null where not given.</summary>
public sealed record IngestScope(string? Province = null, string? Commune = null, string? Period = null, string? Field = null);
