namespace KpiDashboard.Metrics.Concurrency;

/// <summary>
/// One ClosedXML workbook at a time in a process. ClosedXML 0.95.4 keeps its style repository in a static dictionary
/// shared by every workbook and not safe across threads: two workbooks built at once left a thread spinning forever
/// inside it (seen in the e-mail run). The web app builds workbooks for concurrent downloads and reads uploaded forms,
/// so every use of ClosedXML, reading or writing, holds <see cref="Lock"/> (it is re-entrant).
/// </summary>
public static class ClosedXmlGate
{
    public static readonly Lock Lock = new();
}
