using KpiDashboard.Metrics.Concurrency;
using ClosedXML.Excel;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Writes Biểu số 06/VPCP/KSTT as an .xlsx workbook laid out like the official form: header block, two-row merged
/// header of 13 columns, the row of column numbers, fields grouped by level with subtotals, the grand total, the
/// footer. A4 landscape, one page wide, header rows repeated on every page, panes frozen below the header.
/// </summary>
public static class Form06Writer
{
    public const int HeaderRow = 5;
    public const int SubHeaderRow = 6;
    public const int NumberRow = 7;
    public const int FirstDataRow = 8;
    public const int ColumnCount = 13;

    // Explicit widths (AdjustToContents needs GDI+): STT, field name, then 11 counts.
    private const double NumberColumnWidth = 6;
    private const double NameColumnWidth = 42;
    private const double CountColumnWidth = 10;
    private const double DataRowHeight = 18;

    public static void Write(Form06Report report, Stream output, Language language = Language.Vi)
    {
        lock (ClosedXmlGate.Lock)
        {
            using var workbook = CreateWorkbook(report, language);
            workbook.SaveAs(output);
        }
    }

    public static byte[] ToBytes(Form06Report report, Language language = Language.Vi)
    {
        using var stream = new MemoryStream();
        Write(report, stream, language);
        return stream.ToArray();
    }

    public static XLWorkbook CreateWorkbook(Form06Report report, Language language = Language.Vi)
    {
        var texts = Form06Texts.For(language);
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = ExcelFormats.FontName;
        workbook.Style.Font.FontSize = 11;
        var ws = workbook.Worksheets.Add(texts.SheetName);

        ws.Column(1).Width = NumberColumnWidth;
        ws.Column(2).Width = NameColumnWidth;
        for (var c = 3; c <= ColumnCount; c++) ws.Column(c).Width = CountColumnWidth;

        WriteHeaderBlock(ws, report.Header, texts, language);
        WriteTableHeader(ws, texts);
        var last = WriteBody(ws, report, texts, language);
        var tableRange = ws.Range(HeaderRow, 1, last, ColumnCount);
        tableRange.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        tableRange.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        WriteFooter(ws, report, texts, language, last + 1);
        SetUpPage(ws);
        return workbook;
    }

    private static void WriteHeaderBlock(IXLWorksheet ws, Form06Header header, Form06Texts texts, Language language)
    {
        Merged(ws, 1, 1, 3, texts.FormNumber).Style.Font.SetBold();
        Merged(ws, 2, 1, 3, texts.Circular).Style.Font.SetItalic();

        var title = Merged(ws, 1, 4, 10, texts.Title);
        title.Style.Font.SetBold().Font.SetFontSize(13);
        title.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        var row = 2;
        if (texts.Subtitle is { } subtitle)
        {
            var sub = Merged(ws, row++, 4, 10, subtitle);
            sub.Style.Font.SetItalic().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        }
        var period = Merged(ws, row, 4, 10, PeriodText.ReportingPeriod(header.Period, header.Window, language));
        period.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);

        Merged(ws, 1, 11, 13, $"{texts.ReportingUnit} {header.ReportingUnit}");
        Merged(ws, 2, 11, 13, $"{texts.ReceivingUnit} {header.ReceivingUnit}");
        Merged(ws, 3, 11, 13, texts.CountUnit).Style.Font.SetItalic();

        for (var r = 1; r <= 3; r++)
        {
            ws.Row(r).Height = 31.5;
            ws.Range(r, 1, r, ColumnCount).Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        }
    }

    private static void WriteTableHeader(IXLWorksheet ws, Form06Texts texts)
    {
        ws.Range(HeaderRow, 1, SubHeaderRow, 1).Merge().FirstCell().SetValue(texts.GroupHeaders[0]);
        ws.Range(HeaderRow, 2, SubHeaderRow, 2).Merge().FirstCell().SetValue(texts.GroupHeaders[1]);
        ws.Range(HeaderRow, 3, HeaderRow, 6).Merge().FirstCell().SetValue(texts.GroupHeaders[2]);
        ws.Range(HeaderRow, 7, HeaderRow, 10).Merge().FirstCell().SetValue(texts.GroupHeaders[3]);
        ws.Range(HeaderRow, 11, HeaderRow, 13).Merge().FirstCell().SetValue(texts.GroupHeaders[4]);
        for (var i = 0; i < texts.SubHeaders.Length; i++) ws.Cell(SubHeaderRow, 3 + i).SetValue(texts.SubHeaders[i]);
        for (var c = 1; c <= ColumnCount; c++) ws.Cell(NumberRow, c).SetValue(c);

        var header = ws.Range(HeaderRow, 1, NumberRow, ColumnCount).Style;
        header.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Center)
            .Alignment.SetWrapText();
        ws.Range(HeaderRow, 1, SubHeaderRow, ColumnCount).Style.Font.SetBold()
            .Fill.SetBackgroundColor(XLColor.FromHtml("#F2F2F2"));
        ws.Range(NumberRow, 1, NumberRow, ColumnCount).Style.Font.SetItalic();
        ws.Row(HeaderRow).Height = 31.5;
        ws.Row(SubHeaderRow).Height = 63;
    }

    /// <summary>Writes the groups and the grand total; returns the last row of the table.</summary>
    private static int WriteBody(IXLWorksheet ws, Form06Report report, Form06Texts texts, Language language)
    {
        var row = FirstDataRow;
        foreach (var line in Lines(report, texts, language))
        {
            WriteFigures(ws, row, line.Number, line.Label, line.Columns, line.Bold);
            if (line.Kind == LineKind.Field) ws.Cell(row, 2).Style.Alignment.SetIndent(1);
            if (line.Kind == LineKind.GrandTotal) ws.Cell(row, 2).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
            row++;
        }
        return row - 1;
    }

    internal enum LineKind { Subtotal, Field, GrandTotal }

    /// <summary>One row of the table, from <see cref="FirstDataRow"/> down: a level's subtotal, a field, the grand total.</summary>
    internal sealed record Line(LineKind Kind, string Number, string Label, IReadOnlyList<Quantity> Columns)
    {
        public bool Bold => Kind != LineKind.Field;
    }

    internal static IEnumerable<Line> Lines(Form06Report report, Language language) => Lines(report, Form06Texts.For(language), language);

    private static IEnumerable<Line> Lines(Form06Report report, Form06Texts texts, Language language)
    {
        for (var g = 0; g < report.Groups.Count; g++)
        {
            var group = report.Groups[g];
            var label = group.Level switch
            {
                Form06Level.Province => texts.ProvinceLevel,
                Form06Level.District => texts.DistrictLevel,
                _ => texts.CommuneLevel,
            };
            yield return new Line(LineKind.Subtotal, RomanNumeral(g + 1), label, group.Subtotal);
            for (var i = 0; i < group.Rows.Count; i++)
            {
                var field = group.Rows[i];
                yield return new Line(LineKind.Field, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    language == Language.Vi ? field.FieldNameVi : field.FieldNameEn, field.Columns);
            }
        }
        yield return new Line(LineKind.GrandTotal, "", report.Approximate ? texts.GrandTotal + " (≈)" : texts.GrandTotal, report.GrandTotal);
    }

    private static void WriteFigures(IXLWorksheet ws, int row, string number, string label, IReadOnlyList<Quantity> columns, bool bold)
    {
        ws.Cell(row, 1).SetValue(number).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        ws.Cell(row, 2).SetValue(label).Style.Alignment.SetWrapText();
        for (var i = 0; i < columns.Count; i++) ExcelFormats.SetCount(ws.Cell(row, 3 + i), columns[i]);
        ws.Range(row, 1, row, ColumnCount).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        // Rows are not auto-fitted (that needs GDI+): give a long field name the lines it wraps to.
        var lines = Math.Max(1, (int)Math.Ceiling(label.Length / (NameColumnWidth * 1.2)));
        ws.Row(row).Height = DataRowHeight * lines;
        if (bold) ws.Range(row, 1, row, ColumnCount).Style.Font.SetBold();
    }

    private static void WriteFooter(IXLWorksheet ws, Form06Report report, Form06Texts texts, Language language, int row)
    {
        ws.Cell(row, 1).SetValue(texts.NoteEmpty).Style.Font.SetItalic();
        if (report.HasIncomplete) ws.Cell(++row, 1).SetValue(texts.NoteIncomplete).Style.Font.SetItalic();
        if (report.Approximate) ws.Cell(++row, 1).SetValue(texts.NoteApproximate).Style.Font.SetItalic();

        row += 2;
        var date = Merged(ws, row, 9, 13, PeriodText.PlaceAndDate(report.Footer.Place, report.Footer.Date, language));
        date.Style.Font.SetItalic().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        row++;
        var preparer = Merged(ws, row, 1, 4, texts.Preparer);
        var head = Merged(ws, row, 9, 13, texts.Head);
        foreach (var cell in new[] { preparer, head })
            cell.Style.Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        row++;
        var preparerSigns = Merged(ws, row, 1, 4, texts.PreparerSigns);
        var headSigns = Merged(ws, row, 9, 13, texts.HeadSigns);
        foreach (var cell in new[] { preparerSigns, headSigns })
            cell.Style.Font.SetItalic().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
    }

    private static void SetUpPage(IXLWorksheet ws)
    {
        var page = ws.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(HeaderRow, NumberRow);
        page.CenterHorizontally = true;
        page.Margins.Left = 0.5;
        page.Margins.Right = 0.5;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.6;
        ws.SheetView.FreezeRows(NumberRow);
    }

    private static IXLCell Merged(IXLWorksheet ws, int row, int firstColumn, int lastColumn, string text)
    {
        var range = ws.Range(row, firstColumn, row, lastColumn).Merge();
        range.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        return range.FirstCell().SetValue(text);
    }

    private static string RomanNumeral(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
