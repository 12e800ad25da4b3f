using System.Globalization;
using ClosedXML.Excel;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>The first worksheet of an XLSX workbook, cells as the text a person sees (numbers in invariant form).</summary>
public sealed class XlsxTableSource(Stream stream) : ITableSource
{
    private readonly XLWorkbook _workbook = new(stream);

    public IEnumerable<TableRow> Rows()
    {
        var sheet = _workbook.Worksheets.First();
        var used = sheet.RangeUsed();
        if (used is null) yield break;
        var lastColumn = used.LastColumn().ColumnNumber();
        foreach (var row in sheet.Rows(1, used.LastRow().RowNumber()))
        {
            var cells = new string[lastColumn];
            for (int c = 1; c <= lastColumn; c++) cells[c - 1] = CellText(row.Cell(c));
            yield return new TableRow(row.RowNumber(), cells);
        }
    }

    private static string CellText(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => cell.GetString().Trim(),
    };

    public void Dispose() => _workbook.Dispose();
}
