using ClosedXML.Excel;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

public sealed class Form06WriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("form06-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static Form06Report SampleReport()
    {
        var provincial = new Form06Group(Form06Level.Province,
        [
            new Form06Row("SHTT", "Sở hữu trí tuệ", "Intellectual property", TestFigures.Full(30, 4, 2, 20, 8, 1, 6, 1)),
            new Form06Row("TSVTD", "Tần số vô tuyến điện", "Radio frequencies", TestFigures.Full(1200, 3, 0, 1000, 100, 3, 90, 10)),
        ]);
        var communes = new Form06Group(Form06Level.Commune,
        [
            new Form06Row("BC", "Bưu chính", "Postal services", TestFigures.Partial(received: 10, resolved: 7, early: null)),
        ]);
        return new Form06Report(
            new Form06Header("UBND tỉnh Phú Thọ", "Văn phòng Chính phủ", Period.Parse("2025-07"), ReportingWindowKind.CalendarMonth),
            [provincial, communes],
            new Form06Footer("Phú Thọ", new DateOnly(2025, 8, 5)));
    }

    private XLWorkbook WriteAndOpen(Form06Report report, Language language = Language.Vi)
    {
        var path = Path.Combine(_dir, $"form06-{language}.xlsx");
        using (var file = File.Create(path)) Form06Writer.Write(report, file, language);
        return new XLWorkbook(path);
    }

    [Fact]
    public void Header_block_has_the_official_texts()
    {
        using var wb = WriteAndOpen(SampleReport());
        var ws = wb.Worksheet("Biểu 06");
        Assert.Equal("Biểu số 06/VPCP/KSTT", ws.Cell("A1").GetString());
        Assert.Equal("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", ws.Cell("D1").GetString());
        Assert.Equal("Kỳ báo cáo: tháng 7 năm 2025 (Từ ngày 01/07/2025 đến ngày 31/07/2025)", ws.Cell("D2").GetString());
        Assert.Equal("Đơn vị báo cáo: UBND tỉnh Phú Thọ", ws.Cell("K1").GetString());
        Assert.Equal("Đơn vị nhận báo cáo: Văn phòng Chính phủ", ws.Cell("K2").GetString());
        Assert.Equal("Đơn vị tính: Số hồ sơ TTHC", ws.Cell("K3").GetString());
    }

    [Fact]
    public void Table_header_is_two_merged_rows_and_a_row_of_column_numbers()
    {
        using var wb = WriteAndOpen(SampleReport());
        var ws = wb.Worksheet(1);
        var merged = ws.MergedRanges.Select(r => r.RangeAddress.ToStringRelative()).ToHashSet();
        foreach (var range in new[] { "A5:A6", "B5:B6", "C5:F5", "G5:J5", "K5:M5" }) Assert.Contains(range, merged);

        Assert.Equal("STT", ws.Cell("A5").GetString());
        Assert.Equal("Lĩnh vực, công việc giải quyết theo cấp", ws.Cell("B5").GetString());
        Assert.Equal("Số hồ sơ nhận giải quyết", ws.Cell("C5").GetString());
        Assert.Equal("Số hồ sơ đã giải quyết", ws.Cell("G5").GetString());
        Assert.Equal("Số hồ sơ đang giải quyết", ws.Cell("K5").GetString());
        string[] sub =
        [
            "Tổng số", "Trong kỳ: Trực tuyến", "Trong kỳ: Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
            "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn",
        ];
        Assert.Equal(sub, Enumerable.Range(3, 11).Select(c => ws.Cell(6, c).GetString()));
        Assert.Equal(Enumerable.Range(1, 13).Select(i => (double)i), Enumerable.Range(1, 13).Select(c => ws.Cell(7, c).GetDouble()));
    }

    [Fact]
    public void Rows_per_field_grouped_by_level_with_subtotals_and_grand_total()
    {
        using var wb = WriteAndOpen(SampleReport());
        var ws = wb.Worksheet(1);
        Assert.Equal(("I", "Cấp tỉnh"), (ws.Cell("A8").GetString(), ws.Cell("B8").GetString()));
        Assert.Equal(("1", "Sở hữu trí tuệ"), (ws.Cell("A9").GetString(), ws.Cell("B9").GetString()));
        Assert.Equal(("2", "Tần số vô tuyến điện"), (ws.Cell("A10").GetString(), ws.Cell("B10").GetString()));
        Assert.Equal(("II", "Cấp xã"), (ws.Cell("A11").GetString(), ws.Cell("B11").GetString()));
        Assert.Equal("Bưu chính", ws.Cell("B12").GetString());
        Assert.Equal("Tổng cộng", ws.Cell("B13").GetString());

        // Sở hữu trí tuệ: 36 handled = 30 online + 4 offline + 2 carried over; 29 resolved; 7 pending.
        Assert.Equal([36, 30, 4, 2, 29, 20, 8, 1, 7, 6, 1], Enumerable.Range(3, 11).Select(c => ws.Cell(9, c).GetDouble()));
        // Subtotal of the provincial level is the sum of its two fields, column by column.
        for (var c = 3; c <= 13; c++)
            Assert.Equal(ws.Cell(9, c).GetDouble() + ws.Cell(10, c).GetDouble(), ws.Cell(8, c).GetDouble());
        Assert.Equal(1239, ws.Cell("C8").GetDouble());
        Assert.True(ws.Cell("A8").Style.Font.Bold);
    }

    [Fact]
    public void Unknown_figures_are_empty_cells_and_totals_over_unknown_parts_are_marked()
    {
        var report = SampleReport();
        using var wb = WriteAndOpen(report);
        var ws = wb.Worksheet(1);
        // Bưu chính at commune level: received 10 but carried over unknown, so (3) is at least 10; resolved 7.
        Assert.Equal(10, ws.Cell("C12").GetDouble());
        Assert.Equal(ExcelFormats.IncompleteCount, ws.Cell("C12").Style.NumberFormat.Format);
        Assert.True(ws.Cell("D12").IsEmpty());
        Assert.True(ws.Cell("H12").IsEmpty());
        Assert.Equal(7, ws.Cell("G12").GetDouble());
        Assert.Equal(ExcelFormats.Count, ws.Cell("G12").Style.NumberFormat.Format);

        // Grand total: resolved known everywhere (29 + 1103 + 7), early known only at the provincial level.
        Assert.Equal(29 + 1103 + 7, ws.Cell("G13").GetDouble());
        Assert.Equal(ExcelFormats.Count, ws.Cell("G13").Style.NumberFormat.Format);
        Assert.Equal(1020, ws.Cell("H13").GetDouble());
        Assert.Equal(ExcelFormats.IncompleteCount, ws.Cell("H13").Style.NumberFormat.Format);
        Assert.Equal(ExcelFormats.IncompleteCount, ws.Cell("C13").Style.NumberFormat.Format);
        // Every known column of the grand total is the sum of the subtotals.
        Assert.Equal(1239 + 10, ws.Cell("C13").GetDouble());
        for (var c = 3; c <= 13; c++)
            Assert.Equal(ws.Cell(8, c).GetDouble() + (ws.Cell(11, c).IsEmpty() ? 0 : ws.Cell(11, c).GetDouble()), ws.Cell(13, c).GetDouble());
        Assert.Equal("Ghi chú: ô để trống là chưa có số liệu.", ws.Cell("A14").GetString());
        Assert.Equal("(*) Chưa đủ số liệu: tổng của các phần đã có số liệu.", ws.Cell("A15").GetString());
    }

    [Fact]
    public void Counts_have_the_whole_number_format_and_are_numbers()
    {
        using var wb = WriteAndOpen(SampleReport());
        var cell = wb.Worksheet(1).Cell("C10");
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal("#,##0", cell.Style.NumberFormat.Format);
        Assert.Equal(1203, cell.GetDouble());
    }

    [Fact]
    public void Footer_has_place_date_and_signatures()
    {
        using var wb = WriteAndOpen(SampleReport());
        var ws = wb.Worksheet(1);
        Assert.Equal("Phú Thọ, ngày 05 tháng 8 năm 2025", ws.Cell("I17").GetString());
        Assert.Equal("Người lập biểu", ws.Cell("A18").GetString());
        Assert.Equal("Thủ trưởng đơn vị", ws.Cell("I18").GetString());
        Assert.Equal("(Ký, ghi rõ họ tên)", ws.Cell("A19").GetString());
        Assert.Equal("(Ký tên, đóng dấu)", ws.Cell("I19").GetString());
    }

    [Fact]
    public void Page_is_A4_landscape_one_page_wide_with_header_rows_repeated_and_frozen()
    {
        using var wb = WriteAndOpen(SampleReport());
        var ws = wb.Worksheet(1);
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, ws.PageSetup.PaperSize);
        Assert.Equal(1, ws.PageSetup.PagesWide);
        Assert.Equal(0, ws.PageSetup.PagesTall);
        Assert.Equal(5, ws.PageSetup.FirstRowToRepeatAtTop);
        Assert.Equal(7, ws.PageSetup.LastRowToRepeatAtTop);
        Assert.Equal(7, ws.SheetView.SplitRow);
        Assert.Equal(6, ws.Column(1).Width);
        Assert.Equal(42, ws.Column(2).Width);
        Assert.All(Enumerable.Range(3, 11), c => Assert.Equal(10, ws.Column(c).Width));
    }

    [Fact]
    public void English_version_translates_headers_and_keeps_the_official_title_as_subtitle()
    {
        using var wb = WriteAndOpen(SampleReport(), Language.En);
        var ws = wb.Worksheet("Form 06");
        Assert.Equal("ADMINISTRATIVE PROCEDURES: HANDLING STATUS AND RESULTS", ws.Cell("D1").GetString());
        Assert.Equal("Tình hình, kết quả giải quyết thủ tục hành chính (Biểu số 06/VPCP/KSTT)", ws.Cell("D2").GetString());
        Assert.Equal("Reporting period: July 2025 (from 01/07/2025 to 31/07/2025)", ws.Cell("D3").GetString());
        Assert.Equal("Dossiers resolved", ws.Cell("G5").GetString());
        Assert.Equal("Early", ws.Cell("H6").GetString());
        Assert.Equal("Provincial level", ws.Cell("B8").GetString());
        Assert.Equal("Intellectual property", ws.Cell("B9").GetString());
        Assert.Equal("Total", ws.Cell("B13").GetString());
        Assert.Equal("Phú Thọ, 5 August 2025", ws.Cell("I17").GetString());
    }

    [Fact]
    public void An_empty_group_keeps_its_heading_with_empty_cells()
    {
        var report = SampleReport();
        report = report with { Groups = [report.Groups[0], new Form06Group(Form06Level.Commune, [])] };
        using var wb = WriteAndOpen(report);
        var ws = wb.Worksheet(1);
        Assert.Equal("Cấp xã", ws.Cell("B11").GetString());
        Assert.All(Enumerable.Range(3, 11), c => Assert.True(ws.Cell(11, c).IsEmpty()));
        Assert.Equal("Tổng cộng", ws.Cell("B12").GetString());
        Assert.Equal(1239, ws.Cell("C12").GetDouble());
    }
}
