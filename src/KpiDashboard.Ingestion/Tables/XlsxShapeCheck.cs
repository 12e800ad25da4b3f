namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// Checks every sheet of a workbook against the <see cref="TableLimits"/> by streaming its XML, before a reader that
/// loads the whole workbook (ClosedXML, for Biểu 06 and its formulas) opens it: a far cell, a huge cell or shared string is
/// refused here, with its address, instead of costing gigabytes there.
/// </summary>
public static class XlsxShapeCheck
{
    /// <exception cref="TableLimitException">A cell outside <paramref name="maxRows"/> rows and the columns allowed, or too long.</exception>
    public static void Ensure(Stream stream, TableLimits limits, int maxRows, CancellationToken ct = default)
    {
        var start = stream.Position;
        try
        {
            using var package = new XlsxPackage(stream, limits, maxRows);
            foreach (var sheet in package.Sheets)
                foreach (var _ in package.Cells(sheet, ct)) { }
        }
        finally
        {
            stream.Position = start;
        }
    }
}
