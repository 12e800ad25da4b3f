using System.Globalization;
using System.IO.Compression;
using System.Text;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Biểu 06 as ClosedXML writes it for one shape of form (see <see cref="Form06Templates"/>), with the unit's names
/// and the figures left as slots: filling a copy of the package costs a string join and a zip, not a ClosedXML
/// workbook. The slots are found by writing marker names and marker numbers; a template whose markers do not each
/// appear exactly once is refused (null), and the caller writes that form with ClosedXML.
/// </summary>
internal sealed class Form06Template
{
    // Marker names cannot occur in a form (brackets of quill, U+2045/U+2046); marker numbers are far above any count written.
    private static readonly string[] Names = ["⁅reporting⁆", "⁅receiving⁆", "⁅place⁆"];
    private const long FirstMarkerNumber = 987_650_000_000;

    private readonly List<(string Name, DateTimeOffset Modified, byte[]? Bytes)> entries;
    private readonly string sheetPath;
    private readonly string stringsPath;
    private readonly Slots sheet;
    private readonly Slots strings;

    private Form06Template(List<(string, DateTimeOffset, byte[]?)> entries, string sheetPath, Slots sheet, string stringsPath, Slots strings)
    {
        this.entries = entries;
        this.sheetPath = sheetPath;
        this.sheet = sheet;
        this.stringsPath = stringsPath;
        this.strings = strings;
    }

    /// <summary>What a template is keyed by: everything the form shows but the unit's names and the figures' values.</summary>
    public static string ShapeOf(Form06Report report, Language language)
    {
        var key = new StringBuilder(1024);
        key.Append(language).Append('|').Append(report.Header.Period).Append('|').Append(report.Header.Window).Append('|')
            .Append(report.Footer.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('|').Append(report.Approximate);
        foreach (var line in Form06Writer.Lines(report, language))
        {
            key.Append('\n').Append((int)line.Kind).Append(line.Number).Append('\t').Append(line.Label).Append('\t');
            foreach (var q in line.Columns) key.Append(q.Value is null ? 'u' : q.Complete ? 'c' : 'i');
        }
        return key.ToString();
    }

    public static Form06Template? Create(Form06Report report, Language language)
    {
        var marked = report with
        {
            Header = report.Header with { ReportingUnit = Names[0], ReceivingUnit = Names[1] },
            Footer = report.Footer with { Place = Names[2] },
        };
        var numbers = new List<string>();
        byte[] package;
        using (var workbook = Form06Writer.CreateWorkbook(marked, language))
        {
            var ws = workbook.Worksheet(1);
            var row = Form06Writer.FirstDataRow;
            foreach (var line in Form06Writer.Lines(marked, language))
            {
                for (var i = 0; i < line.Columns.Count; i++)
                {
                    if (line.Columns[i].Value is null) continue;
                    var marker = (FirstMarkerNumber + numbers.Count).ToString(CultureInfo.InvariantCulture);
                    ws.Cell(row, 3 + i).SetValue(FirstMarkerNumber + numbers.Count);
                    numbers.Add($">{marker}<"); // the element's text, whatever prefix the writer gives <v>
                }
                row++;
            }
            using var buffer = new MemoryStream();
            workbook.SaveAs(buffer);
            package = buffer.ToArray();
        }

        var entries = new List<(string, DateTimeOffset, byte[]?)>();
        string? sheetPath = null, stringsPath = null;
        Slots? sheet = null, strings = null;
        using (var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var content = new MemoryStream();
                using (var s = entry.Open()) s.CopyTo(content);
                var bytes = content.ToArray();
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                {
                    if (sheetPath is not null) return null;
                    sheetPath = entry.FullName;
                    sheet = Slots.Split(Encoding.UTF8.GetString(bytes), numbers);
                    entries.Add((entry.FullName, entry.LastWriteTime, null));
                }
                else if (entry.FullName.EndsWith("sharedStrings.xml", StringComparison.Ordinal))
                {
                    stringsPath = entry.FullName;
                    strings = Slots.Split(Encoding.UTF8.GetString(bytes), Names);
                    entries.Add((entry.FullName, entry.LastWriteTime, null));
                }
                else entries.Add((entry.FullName, entry.LastWriteTime, bytes));
            }
        }
        return sheet is null || strings is null ? null : new Form06Template(entries, sheetPath!, sheet, stringsPath!, strings);
    }

    /// <summary>The workbook of <paramref name="report"/>, which must have this template's shape.</summary>
    public byte[] Fill(Form06Report report, Language language)
    {
        var values = new List<string>(sheet.Count);
        foreach (var line in Form06Writer.Lines(report, language))
            foreach (var q in line.Columns)
                if (q.Value is { } v) values.Add($">{v.ToString(CultureInfo.InvariantCulture)}<");
        if (values.Count != sheet.Count) throw new InvalidOperationException("the form does not have the template's shape");
        string[] names = [Escape(report.Header.ReportingUnit), Escape(report.Header.ReceivingUnit), Escape(report.Footer.Place)];

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, modified, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = modified;
                using var stream = entry.Open();
                if (bytes is not null) stream.Write(bytes);
                else if (name == sheetPath) sheet.WriteTo(stream, values);
                else if (name == stringsPath) strings.WriteTo(stream, names);
            }
        }
        return output.ToArray();
    }

    /// <summary>What an XML text node needs escaped (ClosedXML writes the same text as &amp;, &lt;, &gt;).</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A part's text cut at its markers: the fixed pieces and, between them, which value goes where.</summary>
    private sealed class Slots
    {
        private readonly byte[][] pieces;
        private readonly int[] order;

        private Slots(byte[][] pieces, int[] order)
        {
            this.pieces = pieces;
            this.order = order;
        }

        public int Count => order.Length;

        /// <summary>Null unless every marker occurs exactly once.</summary>
        public static Slots? Split(string text, IReadOnlyList<string> markers)
        {
            var found = new List<(int At, int Marker)>();
            for (var m = 0; m < markers.Count; m++)
            {
                var at = text.IndexOf(markers[m], StringComparison.Ordinal);
                if (at < 0 || text.IndexOf(markers[m], at + markers[m].Length, StringComparison.Ordinal) >= 0) return null;
                found.Add((at, m));
            }
            found.Sort((a, b) => a.At.CompareTo(b.At));
            var pieces = new byte[found.Count + 1][];
            var from = 0;
            for (var i = 0; i < found.Count; i++)
            {
                pieces[i] = Encoding.UTF8.GetBytes(text[from..found[i].At]);
                from = found[i].At + markers[found[i].Marker].Length;
            }
            pieces[^1] = Encoding.UTF8.GetBytes(text[from..]);
            return new Slots(pieces, [.. found.Select(f => f.Marker)]);
        }

        public void WriteTo(Stream stream, IReadOnlyList<string> values)
        {
            for (var i = 0; i < order.Length; i++)
            {
                stream.Write(pieces[i]);
                stream.Write(Encoding.UTF8.GetBytes(values[order[i]]));
            }
            stream.Write(pieces[^1]);
        }
    }
}
