namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// The first worksheet of an XLSX workbook, streamed from its XML (<see cref="XlsxPackage"/>): only the rows and cells the
/// file holds, cells as the text a person sees (numbers in invariant form, dates as yyyy-MM).
/// </summary>
public sealed class XlsxTableSource(Stream stream, TableLimits? limits = null, CancellationToken ct = default) : ITableSource
{
    private readonly XlsxPackage _package = new(stream, limits ?? TableLimits.Default, (limits ?? TableLimits.Default).MaxRows);

    public IEnumerable<TableRow> Rows()
    {
        if (_package.Sheets.Count == 0) yield break;
        var row = 0;
        var cells = new List<string>();
        foreach (var cell in _package.Cells(_package.Sheets[0], ct))
        {
            if (cell.Row != row)
            {
                if (cells.Count > 0) yield return new TableRow(row, cells.ToArray());
                cells.Clear();
                row = cell.Row;
            }
            while (cells.Count < cell.Column) cells.Add("");
            cells[cell.Column - 1] = cell.Text;
        }
        if (cells.Count > 0) yield return new TableRow(row, cells.ToArray());
    }

    public void Dispose() => _package.Dispose();
}
