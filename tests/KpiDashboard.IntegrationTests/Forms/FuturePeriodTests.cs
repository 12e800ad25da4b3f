using System.Text;
using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Forms;

/// <summary>
/// A Biểu 06, a text or a row of a figures table (CSV, XLSX, JSON: files, the API, pulls) whose month is after the current one (in Vietnam) is refused naming the period: the dashboards open
/// on the latest month of any province's facts, so one province's form of July 2099 moved every reader of every province there.
/// </summary>
public sealed class FuturePeriodTests : DatabaseTest
{
    private static MemoryStream Form(string? period)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Biểu 06");
        ws.Range(1, 11, 1, 13).Merge().FirstCell().Value = "Đơn vị báo cáo: UBND tỉnh Phú Thọ";
        if (period is not null) ws.Range(2, 4, 2, 10).Merge().FirstCell().Value = "Kỳ báo cáo: " + period;
        ws.Cell(5, 1).Value = "STT";
        ws.Cell(5, 2).Value = "Lĩnh vực, công việc giải quyết theo cấp";
        for (var c = 1; c <= 13; c++) ws.Cell(6, c).Value = c;
        ws.Cell(7, 1).Value = "1"; ws.Cell(7, 2).Value = "Sở hữu trí tuệ";
        int[] values = [9, 4, 5, 0, 9, 8, 1, 0, 0, 0, 0];
        for (var i = 0; i < values.Length; i++) ws.Cell(7, 3 + i).Value = values[i];
        var stream = new MemoryStream();
        wb.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task A_form_of_a_later_month_is_refused_naming_its_period_cell()
    {
        var next = Month.Of(VietnamTime.Today(TimeProvider.System)).AddMonths(1);

        var result = await Service<IngestService>().IngestAsync(Form($"tháng {next.Number} năm {next.Year}"), "bieu06.xlsx", new IngestOptions());

        var error = Assert.Single(result.Errors);
        Assert.Equal(("period_in_future", "D2"), (error.Code, error.Column));
        Assert.Contains(next.ToString(), error.Message);
        Assert.Equal(0, await Db.Facts.CountAsync());

        var now = await Service<IngestService>().IngestAsync(Form("tháng 7 năm 2025"), "bieu06.xlsx", new IngestOptions());
        Assert.Empty(now.Errors);
        Assert.Equal(1, await Db.Facts.CountAsync());
    }

    [Fact]
    public async Task A_form_or_text_given_a_later_period_is_refused()
    {
        var next = Month.Of(VietnamTime.Today(TimeProvider.System)).AddMonths(1).ToString();

        var form = await Service<IngestService>().IngestAsync(Form(null), "bieu06.xlsx",
            new IngestOptions(Format: SourceFormat.Form06, Scope: new IngestScope(Period: next)));
        Assert.Equal(("period_in_future", "--period"), (Assert.Single(form.Errors).Code, form.Errors[0].Column));

        var text = await Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes("Tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ, nhiều nhất là sở hữu trí tuệ (34 hồ sơ).")),
            "bao.txt", new IngestOptions(Format: SourceFormat.Text, Scope: new IngestScope(Period: next)));
        Assert.Contains(text.Errors, e => e.Code == "period_in_future");
        Assert.Equal(0, await Db.Facts.CountAsync());
    }
    [Fact]
    public async Task A_row_of_a_figures_table_of_a_later_month_is_refused_naming_its_row_and_column_and_the_batch_writes_nothing()
    {
        var next = Month.Of(VietnamTime.Today(TimeProvider.System)).AddMonths(1).ToString();
        var csv = $"period,province,field,received_online,received_offline\n2025-07,Phú Thọ,SHTT,5,4\n{next},Phú Thọ,SHTT,5,4\n";
        var json = $"[{{\"period\":\"2025-07\",\"province\":\"Phú Thọ\",\"field\":\"SHTT\",\"received_online\":5}},{{\"period\":\"{next}\",\"province\":\"Phú Thọ\",\"field\":\"SHTT\",\"received_online\":5}}]";

        // A CSV row is its line; a JSON row is its object.
        foreach (var (name, text, row) in new[] { ("so-lieu.csv", csv, 3), ("so-lieu.json", json, 2) })
        {
            var result = await Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, new IngestOptions());
            var error = Assert.Single(result.Errors);
            Assert.Equal(("period_in_future", row, "period"), (error.Code, error.Row, error.Column));
            Assert.Contains(next, error.Message);
        }
        Assert.Equal(0, await Db.Facts.CountAsync());
    }
}
