using System.IO.Compression;
using System.Text;

namespace KpiDashboard.UnitTests.Bounds;

/// <summary>Small XLSX packages written by hand, a few kilobytes each, that claim or hold far more than they should.</summary>
internal static class HostileXlsx
{
    public const string Header =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>period</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>province</t></is></c>" +
        "<c r=\"C1\" t=\"inlineStr\"><is><t>commune</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>field</t></is></c>" +
        "<c r=\"E1\" t=\"inlineStr\"><is><t>received</t></is></c></row>";

    public const string DataRow =
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>2025-07</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>25</t></is></c>" +
        "<c r=\"D2\" t=\"inlineStr\"><is><t>SHTT</t></is></c><c r=\"E2\"><v>20</v></c></row>";

    /// <summary>A workbook of sheets given as (name, state, sheetData rows, what follows sheetData); shared strings and styles optional.</summary>
    public static byte[] Workbook(IReadOnlyList<(string Name, string? State, string Rows, string After)> sheets, string? sharedStrings = null,
        string? styles = null, string dimension = "")
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
                (sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>") +
                (styles is null ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>") +
                "</Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
                string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\"{(s.State is null ? "" : $" state=\"{s.State}\"")} r:id=\"rId{i + 1}\"/>")) +
                "</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>")) +
                (sharedStrings is null ? "" : $"<Relationship Id=\"rId{sheets.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>") +
                (styles is null ? "" : $"<Relationship Id=\"rId{sheets.Count + 2}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>") +
                "</Relationships>");
            for (var i = 0; i < sheets.Count; i++)
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
                    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + dimension +
                    $"<sheetData>{sheets[i].Rows}</sheetData>{sheets[i].After}</worksheet>");
            if (sharedStrings is not null)
                Add(zip, "xl/sharedStrings.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings + "</sst>");
            if (styles is not null)
                Add(zip, "xl/styles.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + styles + "</styleSheet>");
        }
        return output.ToArray();
    }

    public static byte[] Sheet(string rows, string after = "", string? sharedStrings = null, string? styles = null, string dimension = "") =>
        Workbook([("Sheet1", null, rows, after)], sharedStrings, styles, dimension);

    public static string InlineCell(string address, string text) => $"<c r=\"{address}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
