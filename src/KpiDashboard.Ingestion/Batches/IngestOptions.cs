using KpiDashboard.Ingestion.Tables;

namespace KpiDashboard.Ingestion.Batches;

/// <param name="Format">How to read the source; Auto tells a Biểu 06 workbook from a figures table by content.</param>
/// <param name="Scope">Unit, period and field given on the command line, for sources that do not carry them in rows.</param>
/// <param name="Xlsx">Limits of an XLSX package; null for <see cref="XlsxLimits.Default"/>.</param>
public sealed record IngestOptions(bool DryRun = false, bool IsDemo = false, SourceFormat Format = SourceFormat.Auto, IngestScope? Scope = null,
    XlsxLimits? Xlsx = null);
