using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace KpiDashboard.Ingestion.Forms;

/// <summary>
/// A worksheet as a grid of texts. Data cells hold what the cell itself holds; header texts also spread over merged
/// ranges, because officials merge header cells in every direction.
/// </summary>
internal sealed class FormSheet
{
    private readonly FormCell[,] _cells;
    private readonly string[,] _headerTexts;
    private readonly bool[] _hidden;

    public int RowCount { get; }
    public int ColumnCount { get; }
    public string Name { get; }

    private FormSheet(string name, int rows, int columns)
    {
        Name = name;
        RowCount = rows;
        ColumnCount = columns;
        _cells = new FormCell[rows + 1, columns + 1];
        _headerTexts = new string[rows + 1, columns + 1];
        _hidden = new bool[columns + 1];
    }

    public static FormSheet Load(IXLWorksheet ws)
    {
        var used = ws.RangeUsed();
        var rows = used?.LastRow().RowNumber() ?? 0;
        var columns = used?.LastColumn().ColumnNumber() ?? 0;
        var sheet = new FormSheet(ws.Name, rows, columns);
        for (var c = 1; c <= columns; c++) sheet._hidden[c] = ws.Column(c).IsHidden;
        for (var r = 1; r <= rows; r++)
            for (var c = 1; c <= columns; c++)
            {
                var cell = Read(ws.Cell(r, c));
                sheet._cells[r, c] = cell;
                sheet._headerTexts[r, c] = cell.Text;
            }
        foreach (var range in ws.MergedRanges)
        {
            var first = range.RangeAddress.FirstAddress;
            var last = range.RangeAddress.LastAddress;
            if (first.RowNumber > rows || first.ColumnNumber > columns) continue;
            var text = sheet._cells[first.RowNumber, first.ColumnNumber].Text;
            for (var r = first.RowNumber; r <= Math.Min(last.RowNumber, rows); r++)
                for (var c = first.ColumnNumber; c <= Math.Min(last.ColumnNumber, columns); c++)
                    sheet._headerTexts[r, c] = text;
        }
        return sheet;
    }

    public FormCell Cell(int row, int column) =>
        row >= 1 && row <= RowCount && column >= 1 && column <= ColumnCount ? _cells[row, column] : FormCell.Empty;

    /// <summary>The text a reader sees at this position, a merged range's text included.</summary>
    public string HeaderText(int row, int column) =>
        row >= 1 && row <= RowCount && column >= 1 && column <= ColumnCount ? _headerTexts[row, column] : "";

    public bool IsHidden(int column) => column >= 1 && column <= ColumnCount && _hidden[column];

    public static string Address(int row, int column)
    {
        var letters = new StringBuilder();
        for (var n = column; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    public IEnumerable<string> RowTexts(int row)
    {
        for (var c = 1; c <= ColumnCount; c++)
            if (!_cells[row, c].IsBlank) yield return _cells[row, c].Text;
    }

    private static FormCell Read(IXLCell cell)
    {
        object? value;
        try
        {
            value = cell.HasFormula ? Evaluate(cell) : cell.Value;
        }
        // A workbook from LibreOffice may use functions ClosedXML cannot evaluate: its cached result is what the official saw.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            value = cell.CachedValue;
        }
        var format = cell.Style.NumberFormat.Format ?? "";
        var marked = format.Contains("\"*\"", StringComparison.Ordinal);
        return value switch
        {
            double d => new FormCell(d.ToString("R", CultureInfo.InvariantCulture), true, marked),
            int i => new FormCell(i.ToString(CultureInfo.InvariantCulture), true, marked),
            DateTime t => new FormCell(t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), false, false),
            null => FormCell.Empty,
            _ => Text(value.ToString() ?? "", marked),
        };
    }

    private static object? Evaluate(IXLCell cell)
    {
        var value = cell.Value;
        return value is string s && s.Length == 0 ? cell.CachedValue : value;
    }

    private static FormCell Text(string text, bool marked)
    {
        var t = text.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ').Trim();
        // Some officials type the marker themselves: "91*".
        if (t.Length > 1 && t.EndsWith('*') && char.IsAsciiDigit(t[^2])) return new FormCell(t[..^1].Trim(), false, true);
        return new FormCell(t, false, marked);
    }
}
