using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using KpiDashboard.Ingestion.Tables;

namespace KpiDashboard.Ingestion.Forms;

/// <summary>
/// A worksheet as a grid of texts. Data cells hold what the cell itself holds; header texts also spread over merged
/// ranges, because officials merge header cells in every direction.
/// </summary>
internal sealed partial class FormSheet
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

    /// <summary>
    /// Reads only the cells that hold something (a workbook checked by <see cref="Tables.XlsxShapeCheck"/> first has none
    /// beyond the limits; any other is cut at them), so a far cell or a lying used range costs nothing.
    /// </summary>
    public static FormSheet Load(IXLWorksheet ws, TableLimits? limits = null)
    {
        limits ??= TableLimits.Default;
        var used = new List<(int Row, int Column, IXLCell Cell)>();
        foreach (var cell in ws.CellsUsed(XLCellsUsedOptions.Contents))
        {
            var address = cell.Address;
            if (address.RowNumber > limits.FormMaxRows || address.ColumnNumber > limits.MaxColumns) continue;
            used.Add((address.RowNumber, address.ColumnNumber, cell));
        }
        var rows = used.Count == 0 ? 0 : used.Max(u => u.Row);
        var columns = used.Count == 0 ? 0 : used.Max(u => u.Column);
        var sheet = new FormSheet(ws.Name, rows, columns);
        for (var c = 1; c <= columns; c++) sheet._hidden[c] = ws.Column(c).IsHidden;
        for (var r = 0; r <= rows; r++)
            for (var c = 0; c <= columns; c++)
                (sheet._cells[r, c], sheet._headerTexts[r, c]) = (FormCell.Empty, "");
        var evaluations = 2L * (rows + 1) * (columns + 1);
        foreach (var (r, c, cell) in used)
        {
            var read = Read(cell, limits, ref evaluations);
            sheet._cells[r, c] = read;
            sheet._headerTexts[r, c] = read.Text;
        }
        // Merged ranges of a real form do not overlap, so they spread at most the grid once; overlapping ones stop there.
        var budget = 2L * (rows + 1) * (columns + 1);
        foreach (var range in ws.MergedRanges)
        {
            var first = range.RangeAddress.FirstAddress;
            var last = range.RangeAddress.LastAddress;
            if (first.RowNumber > rows || first.ColumnNumber > columns) continue;
            var text = sheet._cells[first.RowNumber, first.ColumnNumber].Text;
            for (var r = first.RowNumber; r <= Math.Min(last.RowNumber, rows); r++)
                for (var c = first.ColumnNumber; c <= Math.Min(last.ColumnNumber, columns); c++)
                    sheet._headerTexts[r, c] = text;
            budget -= (long)(Math.Min(last.RowNumber, rows) - first.RowNumber + 1) * (Math.Min(last.ColumnNumber, columns) - first.ColumnNumber + 1);
            if (budget < 0) break;
        }
        return sheet;
    }

    public FormCell Cell(int row, int column) =>
        row >= 1 && row <= RowCount && column >= 1 && column <= ColumnCount ? _cells[row, column] : FormCell.Empty;

    /// <summary>The text a reader sees at this position, a merged range's text included.</summary>
    public string HeaderText(int row, int column) =>
        row >= 1 && row <= RowCount && column >= 1 && column <= ColumnCount ? _headerTexts[row, column] : "";

    public bool IsHidden(int column) => column >= 1 && column <= ColumnCount && _hidden[column];

    public static string Address(int row, int column) => XlsxAddress.Of(row, column);

    public IEnumerable<string> RowTexts(int row)
    {
        for (var c = 1; c <= ColumnCount; c++)
            if (!_cells[row, c].IsBlank) yield return _cells[row, c].Text;
    }

    private static FormCell Read(IXLCell cell, TableLimits limits, ref long evaluations)
    {
        object? value;
        try
        {
            value = cell.HasFormula ? FormulaValue(cell, limits, ref evaluations) : cell.Value;
        }
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

    /// <summary>
    /// The result Excel or LibreOffice saved with the formula, which is what the official saw. Without one (a workbook written
    /// by a library) only a total as forms write it is worked out: a SUM of ranges or cells added and subtracted, over cells of
    /// plain values within the limits, at most as many cells as the grid twice. ClosedXML evaluates any other formula
    /// recursively and unbounded: a chain of 2,000 formulas overflowed the stack, which ends the process, and REPT("a",1e8)
    /// took a gigabyte.
    /// </summary>
    private static object? FormulaValue(IXLCell cell, TableLimits limits, ref long evaluations)
    {
        if (cell.CachedValue is { } cached && !(cached is string s && s.Length == 0)) return cached;
        if (!TotalFormula().IsMatch(cell.FormulaA1)) return null;
        foreach (Match m in Reference().Matches(cell.FormulaA1))
        {
            var range = cell.Worksheet.Range(m.Value.Replace("$", "", StringComparison.Ordinal));
            var last = range.RangeAddress.LastAddress;
            if (last.RowNumber > limits.FormMaxRows || last.ColumnNumber > limits.MaxColumns) return null;
            evaluations -= (long)range.RowCount() * range.ColumnCount();
            if (evaluations < 0 || range.CellsUsed(XLCellsUsedOptions.Contents).Any(c => c.HasFormula)) return null;
        }
        return cell.Value;
    }

    private const string Ref = @"\$?[A-Z]{1,3}\$?[0-9]{1,7}(?::\$?[A-Z]{1,3}\$?[0-9]{1,7})?";
    private const string Term = @"(?:SUM\(\s*" + Ref + @"(?:\s*[,;]\s*" + Ref + @")*\s*\)|" + Ref + @"|[0-9]+)";

    [GeneratedRegex(@"^\s*=?\s*" + Term + @"(?:\s*[+\-]\s*" + Term + @")*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalFormula();

    [GeneratedRegex(Ref, RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    private static FormCell Text(string text, bool marked)
    {
        var t = text.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ').Trim();
        // Some officials type the marker themselves: "91*".
        if (t.Length > 1 && t.EndsWith('*') && char.IsAsciiDigit(t[^2])) return new FormCell(t[..^1].Trim(), false, true);
        return new FormCell(t, false, marked);
    }
}
