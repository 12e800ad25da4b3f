using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// RFC 4180 CSV, UTF-8 with or without BOM, comma or semicolon separated (whichever the header line uses), parsed by Sep.
/// One row in memory at a time, no cell longer than <see cref="TableLimits.MaxCellChars"/>, no filled column beyond
/// <see cref="TableLimits.MaxColumns"/> (empty ones beyond are dropped), no row beyond <see cref="TableLimits.MaxRows"/>.
/// A line of any length is never held whole: <see cref="CsvRowBound"/> cuts a row that cannot be within the limits.
/// Line breaks inside quoted cells come out as "\n", whatever the file used.
/// </summary>
public sealed class CsvTableSource(Stream stream, TableLimits? limits = null) : ITableSource
{
    /// <summary>Sep fails on a row over 16 M characters; rows are cut well before.</summary>
    private const long MaxRowCharsCap = 4 * 1024 * 1024;

    private readonly TableLimits _limits = limits ?? TableLimits.Default;
    private readonly Stream _stream = stream;
    private readonly CsvRowBound _text = new(
        new StreamReader(stream, NotUtf8Exception.Strict, detectEncodingFromByteOrderMarks: true),
        MaxRowChars(limits ?? TableLimits.Default));

    /// <summary>A row longer than this has a cell longer than allowed or a column beyond those allowed (every cell of the
    /// limit's length, every character an escaped quote, in quotes, with its separator).</summary>
    private static int MaxRowChars(TableLimits limits) =>
        (int)Math.Min(MaxRowCharsCap, (long)limits.MaxColumns * (2L * limits.MaxCellChars + 3));

    public IEnumerable<TableRow> Rows()
    {
        char separator;
        try
        {
            separator = DetectSeparator(_text.Head());
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(e);
        }
        using var reader = Sep.New(separator).Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
        }).From(_text, leaveOpen: true);
        // The rows read after the text ended wait: the last of them may be cut short or end inside open quotes.
        TableRow? last = null;
        // Sep 0.18 gives the first row of a file read without header the line number where it ends; every row starts where
        // the one before ended.
        var line = 1;
        var columns = 0;
        while (MoveNext(reader))
        {
            var row = ToTableRow(reader.Current, line, out var failure);
            (line, columns) = (reader.Current.LineNumberToExcl, reader.Current.ColCount);
            if (last is not null) yield return last;
            if (row is null) throw failure!;
            last = _text.Ended ? row : null;
            if (last is null) yield return row;
        }
        if (last is null) yield break;
        if (_text.Cut)
        {
            // Its cells passed, so the columns beyond those allowed are all empty, up to the one it was cut in.
            var column = columns - 1;
            throw TableLimitException.OutsideRange(Where(last.Number, column), last.Number, Column(column), _limits.MaxRows, _limits);
        }
        if (_text.InQuotes) throw new InvalidDataException($"dòng {last.Number}: dấu ngoặc kép không được đóng / unterminated quote at line {last.Number}");
        yield return last;
    }

    private TableRow? ToTableRow(SepReader.Row row, int number, out TableLimitException? failure)
    {
        failure = null;
        if (number > _limits.MaxRows)
        {
            failure = TableLimitException.OutsideRange(Where(number, 0), number, "1", _limits.MaxRows, _limits);
            return null;
        }
        var count = row.ColCount;
        var cells = new string[Math.Min(count, _limits.MaxColumns)];
        for (var column = 0; column < count; column++)
        {
            var span = row[column].Span;
            var withBreaks = span.Contains('\r') ? WithNewLines(span) : null;
            if ((withBreaks?.Length ?? span.Length) > _limits.MaxCellChars)
            {
                failure = TableLimitException.CellTooLong(Where(number, column), number, Column(column), _limits);
                return null;
            }
            if (column >= _limits.MaxColumns)
            {
                if (span.IsWhiteSpace()) continue;
                failure = TableLimitException.OutsideRange(Where(number, column), number, Column(column), _limits.MaxRows, _limits);
                return null;
            }
            cells[column] = withBreaks ?? row[column].ToString();
        }
        return new TableRow(number, cells);
    }

    /// <summary>"\r\n" and a lone "\r" (inside quotes) as "\n", so a cell reads the same whatever line breaks the file has.</summary>
    private static string WithNewLines(ReadOnlySpan<char> span)
    {
        var text = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] != '\r') text.Append(span[i]);
            else if (i + 1 == span.Length || span[i + 1] != '\n') text.Append('\n');
        }
        return text.ToString();
    }

    private static string Column(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static (string Vi, string En) Where(int row, int column) => (
        string.Create(CultureInfo.InvariantCulture, $"ở dòng {row}, cột {column + 1}"),
        string.Create(CultureInfo.InvariantCulture, $"at row {row}, column {column + 1}"));

    private bool MoveNext(SepReader reader)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(e);
        }
    }

    /// <summary>The decoder says only that some block was not UTF-8; the file read again says on which line.</summary>
    private Exception NotUtf8(DecoderFallbackException e) => (Exception?)NotUtf8Exception.Find(_stream) ?? e;

    /// <summary>The separator the header line uses most, judged on at most the first read of text.</summary>
    private static char DetectSeparator(ReadOnlySpan<char> head)
    {
        var end = head.IndexOfAny('\r', '\n');
        var line = end < 0 ? head : head[..end];
        return line.Count(';') > line.Count(',') ? ';' : ',';
    }

    public void Dispose() => _text.Dispose();
}
