using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.IntegrationTests.Ingest;

public sealed class XlsxIngestTests
{
    [Fact]
    public async Task The_first_sheet_of_a_workbook_is_read_like_a_csv()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Số liệu");
        string[] header = ["Kỳ báo cáo", "Tỉnh", "Lĩnh vực", "Trực tuyến", "Trực tiếp/bưu chính", "Đã giải quyết", "Trước hạn"];
        for (int i = 0; i < header.Length; i++) sheet.Cell(1, i + 1).Value = header[i];
        sheet.Cell(2, 1).Value = "07/2025";
        sheet.Cell(2, 2).Value = 25;
        sheet.Cell(2, 3).Value = "Tần số vô tuyến điện";
        sheet.Cell(2, 4).Value = 30;
        sheet.Cell(2, 5).Value = "1.013";
        sheet.Cell(2, 6).Value = 35;
        sheet.Cell(2, 7).Value = 27;
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var result = await db.With<IngestService, IngestResult>(s => s.IngestAsync(stream, "so-lieu.xlsx", new IngestOptions()));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.MessageEn)));

        var figures = await db.With<FigureQuery, KpiDashboard.Metrics.Kpis.Figures>(q => q.TotalAsync(new Scope("25"), Period.Parse("2025-07")));
        Assert.Equal(1043, figures.Received.Value);
        Assert.Equal(35, figures.Resolved.Value);
        Assert.Null(figures.ResolvedOnTime.Value);
        Assert.False(figures.Complete);
    }

    [Fact]
    public async Task A_broken_workbook_is_reported_as_unreadable()
    {
        await using var db = await TestDatabase.CreateAsync();
        var bytes = new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5 };
        var result = await db.With<IngestService, IngestResult>(s => s.IngestAsync(new MemoryStream(bytes), "broken.xlsx", new IngestOptions()));
        Assert.Equal("unreadable_file", Assert.Single(result.Errors).Code);
    }
}
