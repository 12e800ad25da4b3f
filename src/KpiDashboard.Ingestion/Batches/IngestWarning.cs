namespace KpiDashboard.Ingestion.Batches;

/// <summary>Worth a look, but does not block the batch (corrections happen).</summary>
public sealed record IngestWarning(int Row, string Column, string Value, string Code, string Message, string MessageEn);
