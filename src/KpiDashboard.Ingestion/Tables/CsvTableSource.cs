using System.Globalization;
using System.Text;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// RFC 4180 CSV, UTF-8 with or without BOM, comma or semicolon separated (whichever the header line uses).
/// Streams character by character: one row in memory at a time, no cell longer than <see cref="TableLimits.MaxCellChars"/>,
/// no filled column beyond <see cref="TableLimits.MaxColumns"/> (empty ones beyond are dropped), no row beyond
/// <see cref="TableLimits.MaxRows"/>. A line of any length is never held whole.
/// </summary>
public sealed class CsvTableSource(Stream stream, TableLimits? limits = null) : ITableSource
{
    private readonly StreamReader _reader = new(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
    private readonly TableLimits _limits = limits ?? TableLimits.Default;
    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _length;

    public IEnumerable<TableRow> Rows()
    {
        var separator = DetectSeparator();
        var line = 1;
        var startLine = 1;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var column = 0;
        var quoted = false;
        var any = false;
        while (true)
        {
            var next = Read();
            if (next < 0)
            {
                if (quoted) throw new InvalidDataException($"dòng {startLine}: dấu ngoặc kép không được đóng / unterminated quote at line {startLine}");
                if (any) yield return new TableRow(startLine, EndRow(cells, cell, column, startLine));
                yield break;
            }
            var c = (char)next;
            if (c == '\r')
            {
                if (Peek() == '\n') Read();
                c = '\n';
            }
            if (!any && startLine > _limits.MaxRows) throw TableLimitException.OutsideRange(Where(startLine, 0), startLine, "1", _limits.MaxRows, _limits);
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (Peek() == '"') { Read(); Append(cell, '"', startLine, column); }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    Append(cell, c, startLine, column);
                }
            }
            else if (c == '"') quoted = true;
            else if (c == separator)
            {
                EndCell(cells, cell, column++, startLine);
            }
            else if (c == '\n')
            {
                yield return new TableRow(startLine, EndRow(cells, cell, column, startLine));
                cells.Clear();
                column = 0;
                any = false;
                startLine = ++line;
            }
            else Append(cell, c, startLine, column);
        }
    }

    private void Append(StringBuilder cell, char c, int row, int column)
    {
        if (cell.Length >= _limits.MaxCellChars) throw TableLimitException.CellTooLong(Where(row, column), row, Column(column), _limits);
        cell.Append(c);
    }

    private void EndCell(List<string> cells, StringBuilder cell, int column, int row)
    {
        if (column >= _limits.MaxColumns)
        {
            var empty = cell.ToString().Trim().Length == 0;
            cell.Clear();
            if (empty) return;
            throw TableLimitException.OutsideRange(Where(row, column), row, Column(column), _limits.MaxRows, _limits);
        }
        cells.Add(cell.ToString());
        cell.Clear();
    }

    private string[] EndRow(List<string> cells, StringBuilder cell, int column, int row)
    {
        EndCell(cells, cell, column, row);
        return cells.ToArray();
    }

    private static string Column(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static (string Vi, string En) Where(int row, int column) => (
        string.Create(CultureInfo.InvariantCulture, $"ở dòng {row}, cột {column + 1}"),
        string.Create(CultureInfo.InvariantCulture, $"at row {row}, column {column + 1}"));

    /// <summary>The separator the header line uses most, judged on at most the first buffer of text.</summary>
    private char DetectSeparator()
    {
        Fill();
        int commas = 0, semicolons = 0;
        for (var i = 0; i < _length && _buffer[i] is not ('\n' or '\r'); i++)
        {
            if (_buffer[i] == ',') commas++;
            else if (_buffer[i] == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private int Read()
    {
        if (_position == _length && !Fill()) return -1;
        return _buffer[_position++];
    }

    private int Peek()
    {
        if (_position == _length && !Fill()) return -1;
        return _buffer[_position];
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    public void Dispose() => _reader.Dispose();
}
