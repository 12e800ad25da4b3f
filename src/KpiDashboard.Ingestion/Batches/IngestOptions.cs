namespace KpiDashboard.Ingestion.Batches;

public sealed record IngestOptions(bool DryRun = false, bool IsDemo = false);
