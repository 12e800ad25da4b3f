using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Narrative;

/// <summary>
/// Control characters other than line breaks and tabs leave a narrative text before it is read and saved: a NUL made
/// PostgreSQL refuse the whole source (22021, a 500 on /reported/save, exit 1 on kpi extract --save), and one inside a
/// number split it as a zero-width space did.
/// </summary>
public sealed class ControlCharactersTests : DatabaseTest
{
    [Fact]
    public async Task A_text_with_control_characters_is_saved_without_them_and_its_numbers_whole()
    {
        const string text = "Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 9\u00011 hồ sơ.\u0000\u001B\u007F Đã giải quyết 73\thồ sơ.\r\n";
        var statements = NarrativeExtractor.Extract(text, await UnitDirectory.LoadAsync(Db), await Db.Fields.ToListAsync(), new DateOnly(2025, 8, 12));

        var source = await Service<ReportedFigureStore>().SaveAsync("bao.txt", null, new DateOnly(2025, 8, 12), text, statements, default);

        var saved = await Db.ReportedSources.AsNoTracking().Include(s => s.Figures).SingleAsync(s => s.Id == source.Id);
        Assert.DoesNotContain(saved.Text, c => char.IsControl(c) && c is not ('\n' or '\t'));
        Assert.Contains("73\thồ sơ", saved.Text);
        Assert.Equal(91m, saved.Figures.Single(f => f.Measure == "received").Value);
        Assert.Equal(73m, saved.Figures.Single(f => f.Measure == "resolved").Value);
    }
}
