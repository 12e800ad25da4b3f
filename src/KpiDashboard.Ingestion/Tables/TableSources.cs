namespace KpiDashboard.Ingestion.Tables;

public static class TableSources
{
    /// <summary>Opens CSV or XLSX, told apart by content (a ZIP signature means XLSX), not by file name.
    /// An XLSX package is checked against <paramref name="xlsx"/> first; both are read within <paramref name="limits"/>.</summary>
    public static ITableSource Open(Stream stream, XlsxLimits? xlsx = null, TableLimits? limits = null, CancellationToken ct = default)
    {
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        var isZip = read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (!isZip) return new CsvTableSource(stream, limits);
        XlsxZipCheck.Ensure(stream, xlsx ?? XlsxLimits.Default);
        return new XlsxTableSource(stream, limits, ct);
    }
}
