namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// How large an XLSX package may be once unpacked. A real monthly workbook has a dozen entries and a few megabytes;
/// the limits only stop a zip bomb before ClosedXML inflates it into memory.
/// </summary>
public sealed record XlsxLimits(int MaxEntries, long MaxUncompressedBytes)
{
    public static XlsxLimits Default { get; } = new(1000, 100L * 1024 * 1024);
}
