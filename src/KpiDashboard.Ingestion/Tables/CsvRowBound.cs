using System.Buffers;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// The text of a CSV on its way to Sep, which holds a whole row in its buffer and doubles that buffer for a longer row
/// (up to 16 M characters, then it fails without saying where). A row longer than <paramref name="maxRowChars"/>
/// ends the text there instead: Sep reads it as the file's last row, cut short, so the checks on its cells can name
/// the cell that went past the limits, and no row ever costs more memory than that.
/// </summary>
/// <remarks>Rows end where Sep ends them: at a line break outside quotes, every quote opening or closing quotes.</remarks>
internal sealed class CsvRowBound(TextReader inner, int maxRowChars) : TextReader
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");
    private static readonly SearchValues<char> QuotesAndLineBreaks = SearchValues.Create("\"\r\n");

    /// <summary>At most this much is passed at a time, so that a row seen whole inside one read is never too long.</summary>
    private readonly int _maxRead = Math.Min(64 * 1024, maxRowChars);

    private char[]? _head;
    private int _headPosition;
    private int _headLength;
    private int _rowLength;

    /// <summary>The text ended inside quotes (a quote was never closed), unless it was <see cref="Cut"/>.</summary>
    public bool InQuotes { get; private set; }

    /// <summary>A row went past the limit and the text was ended there.</summary>
    public bool Cut { get; private set; }

    /// <summary>The text has ended, at the end of the file or where a row was cut.</summary>
    public bool Ended { get; private set; }

    /// <summary>The start of the text, at most one read of the underlying reader, before any of it is passed on.</summary>
    public ReadOnlySpan<char> Head()
    {
        if (_head is null)
        {
            _head = new char[64 * 1024];
            _headLength = inner.Read(_head, 0, _head.Length);
        }
        return _head.AsSpan(_headPosition, _headLength - _headPosition);
    }

    public override int Read(Span<char> buffer)
    {
        if (Ended || buffer.IsEmpty) return 0;
        if (buffer.Length > _maxRead) buffer = buffer[.._maxRead];
        int read;
        if (_headPosition < _headLength)
        {
            read = Math.Min(buffer.Length, _headLength - _headPosition);
            _head.AsSpan(_headPosition, read).CopyTo(buffer);
            _headPosition += read;
        }
        else read = inner.Read(buffer);
        if (read == 0)
        {
            Ended = true;
            return 0;
        }
        var passed = Pass(buffer[..read]);
        if (passed < read) Cut = Ended = true;
        return passed;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => -1;

    /// <summary>How much of <paramref name="text"/> may pass: all of it, or up to where the row it ends in reaches the limit.</summary>
    private int Pass(ReadOnlySpan<char> text)
    {
        var start = 0;
        if (!InQuotes && !text.Contains('"'))
        {
            // The common case: rows end at every line break. Those whole inside this read are shorter than a read.
            var first = text.IndexOfAny(LineBreaks);
            if (first >= 0)
            {
                if (_rowLength + first > maxRowChars) return CutAt(start);
                _rowLength = 0;
                start = text.LastIndexOfAny(LineBreaks) + 1;
            }
        }
        else
        {
            for (var at = 0; at < text.Length;)
            {
                var next = text[at..].IndexOfAny(QuotesAndLineBreaks);
                if (next < 0) break;
                at += next;
                if (text[at] == '"') InQuotes = !InQuotes;
                else if (!InQuotes)
                {
                    if (_rowLength + at - start > maxRowChars) return CutAt(start);
                    _rowLength = 0;
                    start = at + 1;
                }
                at++;
            }
        }
        if (_rowLength + text.Length - start > maxRowChars) return CutAt(start);
        _rowLength += text.Length - start;
        return text.Length;
    }

    private int CutAt(int rowStart) => rowStart + (maxRowChars - _rowLength);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
