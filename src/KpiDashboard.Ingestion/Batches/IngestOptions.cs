using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Submissions;

namespace KpiDashboard.Ingestion.Batches;

/// <param name="Format">How to read the source; Auto tells a Biểu 06 workbook from a figures table by content.</param>
/// <param name="Scope">Unit, period and field given on the command line, for sources that do not carry them in rows.</param>
/// <param name="Xlsx">Limits of an XLSX package; null for <see cref="XlsxLimits.Default"/>.</param>
/// <param name="Audit">The audit entry of the batch, written in the batch's transaction with " batch=ID rows=N" added to
/// its details; nothing is audited when no batch is written (a dry run, a refused file, no change).</param>
/// <param name="Channel">How the figures arrived, recorded on the submissions the batch writes (the official form is recorded as such whatever brought it, but a pull).</param>
public sealed record IngestOptions(bool DryRun = false, bool IsDemo = false, SourceFormat Format = SourceFormat.Auto, IngestScope? Scope = null,
    XlsxLimits? Xlsx = null, AuditNote? Audit = null, SubmissionChannel Channel = SubmissionChannel.Upload);
