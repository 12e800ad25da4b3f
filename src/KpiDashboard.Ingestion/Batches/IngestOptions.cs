using KpiDashboard.Ingestion.Tables;

namespace KpiDashboard.Ingestion.Batches;

/// <param name="Xlsx">Limits of an XLSX package; null for <see cref="XlsxLimits.Default"/>.</param>
public sealed record IngestOptions(bool DryRun = false, bool IsDemo = false, XlsxLimits? Xlsx = null);
