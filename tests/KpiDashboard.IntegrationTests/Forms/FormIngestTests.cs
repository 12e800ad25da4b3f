using KpiDashboard.IntegrationTests.Support;
using ClosedXML.Excel;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Forms;

public sealed class FormIngestTests : DatabaseTest
{
    private static MemoryStream Form()
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Biểu 06");
        ws.Range(1, 11, 1, 13).Merge().FirstCell().Value = "Đơn vị báo cáo: UBND tỉnh Phú Thọ";
        ws.Range(2, 4, 2, 10).Merge().FirstCell().Value = "Kỳ báo cáo: tháng 7 năm 2025";
        ws.Cell(5, 1).Value = "STT";
        ws.Cell(5, 2).Value = "Lĩnh vực, công việc giải quyết theo cấp";
        for (var c = 1; c <= 13; c++) ws.Cell(6, c).Value = c;
        ws.Cell(7, 1).Value = "I"; ws.Cell(7, 2).Value = "Cấp tỉnh";
        ws.Cell(8, 1).Value = "1"; ws.Cell(8, 2).Value = "Sở hữu trí tuệ";
        int[] values = [9, 4, 5, 0, 9, 8, 1, 0, 0, 0, 0];
        for (var i = 0; i < values.Length; i++) ws.Cell(8, 3 + i).Value = values[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stream = new MemoryStream();
        wb.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task A_form_is_detected_ingested_as_one_batch_and_the_same_form_again_changes_nothing()
    {
        var service = Service<IngestService>();

        var first = await service.IngestAsync(Form(), "bieu06.xlsx", new IngestOptions());
        Assert.Empty(first.Errors);
        Assert.Equal(1, first.Inserted);
        var fact = await Db.Facts.AsNoTracking().SingleAsync();
        Assert.Equal(("25", "SHTT", 202507, 4), (fact.ProvinceCode, fact.FieldCode, fact.Period, fact.Values.ReceivedOnline));

        var again = await service.IngestAsync(Form(), "bieu06.xlsx", new IngestOptions());
        Assert.True(again.ChangedNothing);
        Assert.Equal(1, await Db.Batches.CountAsync());
    }
}
