using System.IO.Compression;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

/// <summary>
/// A form filled into a template of its shape is the workbook ClosedXML writes for it directly: every cell's value,
/// type, formula and style, the merges, row heights, column widths and page setup; the sheet and its strings byte for byte.
/// </summary>
public sealed class Form06TemplateTests
{
    private static Form06Report Commune(string name, string province, long online, long late, bool approximate = false) => new(
        new Form06Header($"UBND xã {name}", $"UBND tỉnh {province}", Period.Parse("2025-07"), ReportingWindowKind.Decree09),
        [
            new Form06Group(Form06Level.Commune,
            [
                new Form06Row("TCDLCL", "Tiêu chuẩn đo lường chất lượng", "Standards, metrology and quality", TestFigures.Full(online, 2, 1, 5, online - 4, late, 3, 0)),
                new Form06Row("VT", "Viễn thông và Internet", "Telecommunications and the Internet", TestFigures.Full(online * 3, 0, 0, 9, 7, late, 0, 1)),
            ]),
        ],
        new Form06Footer(name, new DateOnly(2026, 12, 6))) { Approximate = approximate };

    public static TheoryData<Language> Languages => new() { Language.Vi, Language.En };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Communes_of_one_shape_share_one_template_and_read_as_written_directly(Language language)
    {
        var forms = new Form06Templates();
        Form06Report[] communes =
        [
            Commune("Hy Cương", "Phú Thọ", 40, 1),
            Commune("Tân <Lạc> & \"Mường\"", "Hòa Bình's", 1_234_567, 0),
            Commune("Xuân Thủy", "Phú Thọ", 12, 3),
        ];
        foreach (var report in communes) AssertSame(Form06Writer.ToBytes(report, language), forms.Write(report, language));
        Assert.Equal(1, forms.Count);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_province_with_incomplete_and_unknown_figures_reads_as_written_directly(Language language)
    {
        var forms = new Form06Templates();
        var report = Form06WriterTests.SampleReport();
        AssertSame(Form06Writer.ToBytes(report, language), forms.Write(report, language));
        var other = report with { Header = report.Header with { ReportingUnit = "UBND thành phố Hà Nội" }, Footer = report.Footer with { Place = "Hà Nội" } };
        AssertSame(Form06Writer.ToBytes(other, language), forms.Write(other, language));
        Assert.Equal(1, forms.Count);
    }

    [Fact]
    public void Another_shape_gets_its_own_template()
    {
        var forms = new Form06Templates();
        var plain = Commune("Hy Cương", "Phú Thọ", 40, 1);
        var approximate = Commune("Hy Cương", "Phú Thọ", 40, 1, approximate: true);
        var fewer = plain with { Groups = [new Form06Group(Form06Level.Commune, [plain.Groups[0].Rows[1]])] };
        var empty = plain with { Groups = [new Form06Group(Form06Level.Commune, [])] };
        foreach (var report in new[] { plain, approximate, fewer, empty, plain })
            AssertSame(Form06Writer.ToBytes(report, Language.Vi), forms.Write(report, Language.Vi));
        Assert.Equal(4, forms.Count);
    }

    private static void AssertSame(byte[] direct, byte[] filled)
    {
        AssertValid(filled);
        Assert.Equal(Part(direct, "xl/worksheets/sheet1.xml"), Part(filled, "xl/worksheets/sheet1.xml"));
        Assert.Equal(Part(direct, "xl/sharedStrings.xml"), Part(filled, "xl/sharedStrings.xml"));
        Assert.Equal(Part(direct, "xl/styles.xml"), Part(filled, "xl/styles.xml"));

        using var a = new XLWorkbook(new MemoryStream(direct));
        using var b = new XLWorkbook(new MemoryStream(filled));
        Assert.Equal(a.Worksheets.Select(w => w.Name), b.Worksheets.Select(w => w.Name));
        var x = a.Worksheet(1);
        var y = b.Worksheet(1);
        var last = x.LastRowUsed().RowNumber();
        Assert.Equal(last, y.LastRowUsed().RowNumber());
        for (var r = 1; r <= last; r++)
        {
            Assert.Equal(x.Row(r).Height, y.Row(r).Height);
            for (var c = 1; c <= Form06Writer.ColumnCount; c++)
                Assert.Equal(Describe(x.Cell(r, c)), Describe(y.Cell(r, c)));
        }
        for (var c = 1; c <= Form06Writer.ColumnCount; c++) Assert.Equal(x.Column(c).Width, y.Column(c).Width);
        Assert.Equal(x.MergedRanges.Select(m => m.RangeAddress.ToStringRelative()), y.MergedRanges.Select(m => m.RangeAddress.ToStringRelative()));
        Assert.Equal((x.PageSetup.PageOrientation, x.PageSetup.PagesWide, x.PageSetup.FirstRowToRepeatAtTop, x.PageSetup.LastRowToRepeatAtTop, x.SheetView.SplitRow),
            (y.PageSetup.PageOrientation, y.PageSetup.PagesWide, y.PageSetup.FirstRowToRepeatAtTop, y.PageSetup.LastRowToRepeatAtTop, y.SheetView.SplitRow));
    }

    private static string Describe(IXLCell cell)
    {
        var s = cell.Style;
        return string.Join("|", cell.Address.ToString(), cell.DataType, cell.GetString(), cell.HasFormula ? cell.FormulaA1 : "",
            s.NumberFormat.Format, s.Font.FontName, s.Font.FontSize, s.Font.Bold, s.Font.Italic,
            s.Alignment.Horizontal, s.Alignment.Vertical, s.Alignment.WrapText, s.Alignment.Indent,
            s.Border.LeftBorder, s.Border.RightBorder, s.Border.TopBorder, s.Border.BottomBorder, s.Fill.BackgroundColor);
    }

    private static string Part(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static void AssertValid(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
