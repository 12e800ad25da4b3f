using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Narrative;

/// <summary>
/// A text's unit and period are saved within their columns: a period of plain prose ran past the column's 100 characters,
/// and PostgreSQL refused the whole source (a 500 on /reported/save, exit 1 on kpi extract --save).
/// </summary>
public sealed class ReportedTextLengthTests : DatabaseTest
{
    private const string LongRange =
        "Từ khi triển khai hệ thống một cửa điện tử liên thông của tỉnh Phú Thọ và các sở ngành trên địa bàn (01/01/2025) đến 31/07/2025, tỉnh Phú Thọ tiếp nhận 120 hồ sơ.";

    [Fact]
    public async Task A_period_longer_than_its_column_is_saved_within_it()
    {
        var text = LongRange + "\nTrong tháng" + new string(' ', 150) + "7/2025, tỉnh Phú Thọ đã giải quyết 100 hồ sơ.";
        var statements = NarrativeExtractor.Extract(text, await UnitDirectory.LoadAsync(Db), await Db.Fields.ToListAsync(), new DateOnly(2025, 8, 12));
        Assert.Equal(2, statements.Count(s => s.PeriodText.Length > ReportedFigure.PeriodTextLength));

        var source = await Service<ReportedFigureStore>().SaveAsync("bao.txt", null, new DateOnly(2025, 8, 12), text, statements, default);

        var saved = await Db.ReportedFigures.AsNoTracking().Where(f => f.SourceId == source.Id).ToListAsync();
        Assert.Equal(2, saved.Count);
        Assert.All(saved, f => Assert.InRange(f.PeriodText.Length, 1, ReportedFigure.PeriodTextLength));
        Assert.Contains(saved, f => f.PeriodText == "tháng 7/2025" && f.Period == 202507 && f.Value == 100);
        Assert.Contains(saved, f => f.PeriodText.StartsWith("Từ khi triển khai", StringComparison.Ordinal) && f.PeriodText.EndsWith('…') && f.Value == 120);
    }
}
