using System.Text;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// RFC 4180 CSV, UTF-8 with or without BOM, comma or semicolon separated (whichever the header line uses).
/// Streams: one row in memory at a time.
/// </summary>
public sealed class CsvTableSource(Stream stream) : ITableSource
{
    private readonly StreamReader _reader = new(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);

    public IEnumerable<TableRow> Rows()
    {
        char? separator = null;
        int line = 0;
        var cells = new List<string>();
        var cell = new StringBuilder();
        while (true)
        {
            var text = _reader.ReadLine();
            if (text is null) yield break;
            line++;
            var startLine = line;
            separator ??= DetectSeparator(text);
            // Without a quote the cells are the text between separators: split at once rather than char by char.
            if (!text.Contains('"'))
            {
                yield return new TableRow(startLine, text.Split(separator.Value));
                continue;
            }
            cells.Clear();
            cell.Clear();
            bool quoted = false;
            int i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    if (!quoted) break;
                    // A quoted cell spans lines.
                    var next = _reader.ReadLine() ?? throw new InvalidDataException($"dòng {startLine}: dấu ngoặc kép không được đóng / unterminated quote at line {startLine}");
                    line++;
                    cell.Append('\n');
                    text = next;
                    i = 0;
                    continue;
                }
                var c = text[i++];
                if (quoted)
                {
                    if (c != '"') cell.Append(c);
                    else if (i < text.Length && text[i] == '"') { cell.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); }
                else cell.Append(c);
            }
            cells.Add(cell.ToString());
            yield return new TableRow(startLine, cells.ToArray());
        }
    }

    private static char DetectSeparator(string header) =>
        header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';

    public void Dispose() => _reader.Dispose();
}
