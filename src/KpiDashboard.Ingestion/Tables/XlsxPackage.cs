using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// An XLSX package read as a stream of the cells its sheets hold, straight from the sheet XML: a cell the file does not
/// hold costs nothing, whatever the dimension or the used range claims. Every cell with a value is checked against the
/// <see cref="TableLimits"/> as it is read, and so is every shared string, so memory stays bounded by the limits, not the
/// file. Cells are read as a person sees them: text trimmed, numbers in invariant form, date-formatted numbers as yyyy-MM.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>All shared strings together: a real workbook's are names and periods, a few hundred kilobytes.</summary>
    private const int MaxSharedChars = 8_000_000;

    private readonly ZipArchive _zip;
    private readonly TableLimits _limits;
    private readonly int _maxRows;
    private readonly char[] _chunk = new char[4096];
    private List<string?>? _shared;
    private bool[]? _dateStyles;

    /// <param name="maxRows">The rows a sheet may fill: <see cref="TableLimits.MaxRows"/> for tables, fewer for forms.</param>
    public XlsxPackage(Stream stream, TableLimits limits, int maxRows)
    {
        _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        _limits = limits;
        _maxRows = maxRows;
        Sheets = ReadSheets();
    }

    /// <summary>The sheets in workbook order.</summary>
    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>The cells of a sheet that hold a value, in file order (row by row).</summary>
    public IEnumerable<XlsxCell> Cells(XlsxSheet sheet, CancellationToken ct = default)
    {
        var shared = _shared ??= ReadSharedStrings();
        var dates = _dateStyles ??= ReadDateStyles();
        var entry = _zip.GetEntry(sheet.Part);
        if (entry is null) yield break;
        using var reader = XlsxXml.Open(entry.Open());
        var row = 0;
        var column = 0;
        var text = new StringBuilder();
        var seen = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if ((++seen & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            if (reader.LocalName == "row")
            {
                row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
                continue;
            }
            if (reader.LocalName != "c") continue;
            if (reader.GetAttribute("r") is { } reference && XlsxAddress.TryParse(reference, out var cellRow, out var cellColumn))
                (row, column) = (cellRow, cellColumn);
            else column++;
            var type = reader.GetAttribute("t");
            var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            text.Clear();
            var fits = ReadCellContent(reader, type, text);
            if (!fits) throw TableLimitException.CellTooLong(Where(sheet, row, column), row, XlsxAddress.Of(row, column), _limits);
            var value = Text(type, text.ToString(), style < dates.Length && dates[style], shared, sheet, row, column);
            if (value.Length == 0) continue;
            if (column > _limits.MaxColumns || row > _maxRows)
                throw TableLimitException.OutsideRange(Where(sheet, row, column), row, XlsxAddress.Of(row, column), _maxRows, _limits);
            yield return new XlsxCell(row, column, value);
        }
    }

    /// <summary>Reads &lt;v&gt; or the inline string of a cell into <paramref name="text"/>; a formula is skipped (its cached value is what the author saw).</summary>
    private bool ReadCellContent(XmlReader reader, string? type, StringBuilder text)
    {
        if (reader.IsEmptyElement) return true;
        var depth = reader.Depth;
        var fits = true;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v" && type != "inlineStr")
                fits &= XlsxXml.AppendText(reader, text, _limits.MaxCellChars, _chunk);
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                fits &= XlsxXml.AppendStringItem(reader, text, _limits.MaxCellChars, _chunk);
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
                continue;
            }
            reader.Read();
        }
        return fits;
    }

    private string Text(string? type, string raw, bool dateStyle, List<string?> shared, XlsxSheet sheet, int row, int column)
    {
        switch (type)
        {
            case "s":
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= shared.Count) return "";
                return shared[index] ?? throw TableLimitException.CellTooLong(Where(sheet, row, column), row, XlsxAddress.Of(row, column), _limits);
            case "inlineStr" or "str" or "e":
                return raw.Trim();
            case "b":
                return raw.Trim() == "1" ? "True" : raw.Trim() == "0" ? "False" : raw.Trim();
            case "d":
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture) : raw.Trim();
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw.Trim();
        if (dateStyle && number is >= -657_434 and < 2_958_466)
            return DateTime.FromOADate(number).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    private static (string Vi, string En) Where(XlsxSheet sheet, int row, int column)
    {
        var name = IngestText.Echo(sheet.Name, 40);
        var address = XlsxAddress.Of(row, column);
        return ($"{address} của trang '{name}'", $"{address} of sheet '{name}'");
    }

    private IReadOnlyList<XlsxSheet> ReadSheets()
    {
        var workbookPart = "xl/workbook.xml";
        foreach (var (_, type, target) in Relationships("_rels/.rels", ""))
            if (type.EndsWith("/officeDocument", StringComparison.Ordinal)) workbookPart = target;
        var folder = workbookPart.Contains('/') ? workbookPart[..(workbookPart.LastIndexOf('/') + 1)] : "";
        var relsPart = $"{folder}_rels/{workbookPart[folder.Length..]}.rels";
        var targets = Relationships(relsPart, folder).ToDictionary(r => r.Id, r => r.Target, StringComparer.Ordinal);
        var sheets = new List<XlsxSheet>();
        var entry = _zip.GetEntry(workbookPart) ?? throw new InvalidDataException("thiếu workbook.xml / no workbook part");
        using var reader = XlsxXml.Open(entry.Open());
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
            var id = reader.GetAttribute("id", RelationshipsNamespace);
            if (id is null || !targets.TryGetValue(id, out var part)) continue;
            var state = reader.GetAttribute("state");
            sheets.Add(new XlsxSheet(reader.GetAttribute("name") ?? "", part, state is null or "visible"));
        }
        return sheets;
    }

    private IEnumerable<(string Id, string Type, string Target)> Relationships(string part, string folder)
    {
        var entry = _zip.GetEntry(part);
        if (entry is null) yield break;
        using var reader = XlsxXml.Open(entry.Open());
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var target = reader.GetAttribute("Target") ?? "";
            yield return (reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "", Resolve(folder, target));
        }
    }

    private static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/')) return target[1..];
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var piece in target.Split('/'))
        {
            if (piece == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (piece is not ("." or "")) parts.Add(piece);
        }
        return string.Join('/', parts);
    }

    /// <summary>The shared strings; one longer than a cell may be is kept as null, an error only where a cell uses it.</summary>
    private List<string?> ReadSharedStrings()
    {
        var strings = new List<string?>();
        var entry = _zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase));
        if (entry is null) return strings;
        using var reader = XlsxXml.Open(entry.Open());
        var text = new StringBuilder();
        long total = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si") continue;
            text.Clear();
            var fits = XlsxXml.AppendStringItem(reader, text, _limits.MaxCellChars, _chunk);
            total += text.Length;
            if (total > MaxSharedChars)
                throw new TableLimitException(0, "", $"Bảng chuỗi dùng chung của tệp XLSX vượt quá {MaxSharedChars} ký tự.",
                    $"The XLSX shared strings exceed {MaxSharedChars} characters.");
            strings.Add(fits ? text.ToString().Trim() : null);
        }
        return strings;
    }

    /// <summary>Which cell styles show a number as a date (ClosedXML and Excel read such a cell as a date).</summary>
    private bool[] ReadDateStyles()
    {
        var entry = _zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("styles.xml", StringComparison.OrdinalIgnoreCase));
        if (entry is null) return [];
        var custom = new Dictionary<int, bool>();
        var styles = new List<bool>();
        using var reader = XlsxXml.Open(entry.Open());
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    custom[id] = IsDateFormat(reader.GetAttribute("formatCode") ?? "");
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                // Excel allows 64,000 styles: more only cost memory.
                case "xf" when inCellXfs && styles.Count < 65_536:
                    var format = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    styles.Add(custom.TryGetValue(format, out var isDate) ? isDate : format is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58));
                    break;
            }
        }
        return styles.ToArray();
    }

    private static bool IsDateFormat(string code)
    {
        var plain = new StringBuilder();
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '[') bracket = true;
            else if (!quoted && c == ']') bracket = false;
            else if (!quoted && !bracket) plain.Append(char.ToLowerInvariant(c));
        }
        var text = plain.ToString();
        return text != "general" && text.IndexOfAny(['d', 'm', 'y', 'h', 's']) >= 0;
    }

    public void Dispose() => _zip.Dispose();
}
