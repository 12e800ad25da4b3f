using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// The cells of one sheet read with the Open XML SDK. ClosedXML 0.95.4 cannot open a workbook with a picture
/// without GDI+, so the national summary (which embeds its chart) is read this way.
/// </summary>
internal sealed class SheetCells
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public SheetCells(byte[] xlsx, int sheetIndex)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = doc.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheetIndex);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            var text = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText
                : cell.CellValue?.Text;
            if (text is not null) values[cell.CellReference!.Value!] = text;
        }
    }

    public string? Text(int row, int column) => values.GetValueOrDefault(Reference(row, column));

    public double? Number(int row, int column) =>
        Text(row, column) is { } t ? double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    private static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
