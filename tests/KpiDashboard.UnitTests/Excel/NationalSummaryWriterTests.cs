using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

public sealed class NationalSummaryWriterTests : IDisposable
{
    // A 1×1 PNG.
    internal static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly string _dir = Directory.CreateTempSubdirectory("national-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static NationalSummary Sample()
    {
        var period = Period.Parse("2025-07");
        var phuTho = new UnitRef("25", "Phú Thọ", "Phu Tho");
        var haNoi = new UnitRef("01", "Hà Nội", "Hanoi");
        var hue = new UnitRef("46", "Huế", "Hue");
        var provinces = NationalSummaryBuilder.Rank(
        [
            new RankedFigures(haNoi, TestFigures.Full(100, 20, 10, 60, 30, 10, 15, 5)),
            new RankedFigures(phuTho, TestFigures.Full(30, 4, 2, 20, 8, 1, 6, 1)),
            new RankedFigures(hue, Figures.Empty),
        ]);
        var months = Enumerable.Range(-11, 12).Select(period.Last.AddMonths).ToList();
        var monthly = new[] { haNoi, phuTho, hue }.Select(p => new MonthlyRates(p,
            months.Select((m, i) => p == hue ? new Rate(null, false) : new Rate(0.5 + i / 100.0, true)).ToList())).ToList();
        var fields = new List<RankedFigures> { new(new UnitRef("SHTT", "Sở hữu trí tuệ", "Intellectual property"), TestFigures.Full(30, 4, 2, 20, 8, 1, 6, 1)) };
        var quality = new DataQuality([hue], [new CommuneCoverage(phuTho, 148, 20)],
            [new IdentityWarning(new Month(2025, 7), "25", "08000", "SHTT", "(3) = (7) + (11)", 10, 9)], 1);
        return new NationalSummary(period, provinces, months, monthly, fields, quality, ReportingWindowKind.CalendarMonth);
    }

    private string Write(NationalSummary summary, Language language, byte[]? png = null)
    {
        var path = Path.Combine(_dir, $"national-{language}-{png is not null}.xlsx");
        using (var file = File.Create(path)) NationalSummaryWriter.Write(summary, file, language, png);
        return path;
    }

    [Fact]
    public void Ranking_sheet_has_every_kpi_and_rank_with_rates_as_percent_numbers()
    {
        using var wb = new XLWorkbook(Write(Sample(), Language.Vi));
        Assert.Equal(["Xếp hạng", "Đúng hạn 12 tháng", "Lĩnh vực", "Chất lượng dữ liệu"], wb.Worksheets.Select(w => w.Name));
        var ws = wb.Worksheet("Xếp hạng");
        Assert.Equal("Kỳ báo cáo: tháng 7 năm 2025 (Từ ngày 01/07/2025 đến ngày 31/07/2025)", ws.Cell("A2").GetString());
        Assert.Equal(["Hạng", "Mã", "Tỉnh, thành phố"], Enumerable.Range(1, 3).Select(c => ws.Cell(4, c).GetString()));
        Assert.Equal(3 + 12 + 6, ws.Row(4).CellsUsed().Count());
        Assert.Equal("Tỷ lệ đúng hạn theo Chỉ số 766 ((8)+(9)+(12))/((7)+(11))", ws.Cell(4, 3 + 12 + 4).GetString());

        // Phú Thọ: index (20+8+6)/(29+7) = 0.944 beats Hà Nội (60+30+15)/(100+20) = 0.875.
        Assert.Equal((1, "25", "Phú Thọ"), (ws.Cell("A5").GetValue<int>(), ws.Cell("B5").GetString(), ws.Cell("C5").GetString()));
        Assert.Equal(2, ws.Cell("A6").GetValue<int>());
        var index = ws.Cell(5, 3 + 12 + 4);
        Assert.Equal(XLDataType.Number, index.DataType);
        Assert.Equal("0.0%", index.Style.NumberFormat.Format);
        Assert.Equal(34.0 / 36.0, index.GetDouble(), 12);
        Assert.Equal(36, ws.Cell(5, 3 + 10).GetDouble()); // handled
        // Huế has no figures: no rank, empty cells.
        Assert.Equal("46", ws.Cell("B7").GetString());
        Assert.True(ws.Cell("A7").IsEmpty());
        Assert.All(Enumerable.Range(4, 18), c => Assert.True(ws.Cell(7, c).IsEmpty()));
        Assert.Equal(4, ws.SheetView.SplitRow);
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
    }

    [Fact]
    public void Months_fields_and_quality_sheets()
    {
        using var wb = new XLWorkbook(Write(Sample(), Language.Vi));
        var months = wb.Worksheet(2);
        Assert.Equal("2024-08", months.Cell("C4").GetString());
        Assert.Equal("2025-07", months.Cell("N4").GetString());
        Assert.Equal(0.61, months.Cell("N5").GetDouble(), 12);
        Assert.Equal("0.0%", months.Cell("N5").Style.NumberFormat.Format);
        Assert.True(months.Cell("N7").IsEmpty());

        var fields = wb.Worksheet(3);
        Assert.Equal(("SHTT", "Sở hữu trí tuệ"), (fields.Cell("A5").GetString(), fields.Cell("B5").GetString()));
        Assert.Equal(34, fields.Cell(5, 2 + 9).GetDouble()); // received

        var quality = wb.Worksheet(4);
        Assert.Equal("Tỉnh, thành phố chưa có số liệu (1)", quality.Cell("A4").GetString());
        Assert.Equal(("46", "Huế"), (quality.Cell("A6").GetString(), quality.Cell("B6").GetString()));
        Assert.Equal("Xã, phường, đặc khu chưa có số liệu (128)", quality.Cell("A8").GetString());
        Assert.Equal([148.0, 20, 128], Enumerable.Range(3, 3).Select(c => quality.Cell(10, c).GetDouble()));
        Assert.Equal("Cảnh báo đẳng thức của biểu (1)", quality.Cell("A12").GetString());
        Assert.Equal(("2025-07", "(3) = (7) + (11)", 10.0, 9.0),
            (quality.Cell("A14").GetString(), quality.Cell("E14").GetString(), quality.Cell("F14").GetDouble(), quality.Cell("G14").GetDouble()));
    }

    [Fact]
    public void English_version()
    {
        using var wb = new XLWorkbook(Write(Sample(), Language.En));
        Assert.Equal(["Ranking", "On-time 12 months", "Fields", "Data quality"], wb.Worksheets.Select(w => w.Name));
        var ws = wb.Worksheet(1);
        Assert.Equal("Phu Tho", ws.Cell("C5").GetString());
        Assert.Equal("Rank", ws.Cell("A4").GetString());
        Assert.Equal("Reporting period: July 2025 (from 01/07/2025 to 31/07/2025)", ws.Cell("A2").GetString());
    }

    [Fact]
    public void A_png_chart_is_embedded_without_gdi_plus()
    {
        var path = Write(Sample(), Language.Vi, Png);
        // Checked with the Open XML SDK: ClosedXML 0.95 itself reads pictures through GDI+ when it opens a workbook.
        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            var sheet = doc.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Biểu đồ");
            var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
            var image = Assert.Single(part.DrawingsPart!.ImageParts);
            Assert.Equal("image/png", image.ContentType);
            using var s = image.GetStream();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            Assert.Equal(Png, copy.ToArray());
            Assert.Equal(5, doc.WorkbookPart.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Count());
        }
    }
}
