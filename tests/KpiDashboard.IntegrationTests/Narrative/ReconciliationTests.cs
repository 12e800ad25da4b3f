using KpiDashboard.IntegrationTests.Support;
using System.Text;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Narrative;

public sealed class ReconciliationTests : DatabaseTest
{
    private const string Text = "Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ, nhiều nhất là tần số vô tuyến điện (43 hồ sơ) và sở hữu trí tuệ (34 hồ sơ); đã giải quyết 73 hồ sơ.";

    [Fact]
    public async Task Reported_figures_are_stored_apart_and_set_beside_the_facts()
    {
        var facts = "period,province,field,received\n2025-07,25,SHTT,34\n2025-07,25,TSVTD,40\n";
        await Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(facts)), "facts.csv", new IngestOptions());
        var statements = NarrativeExtractor.Extract(Text, await UnitDirectory.LoadAsync(Db), await Db.Fields.ToListAsync(), new DateOnly(2025, 8, 12));

        var source = await Service<ReportedFigureStore>().SaveAsync("bao.txt", "https://example.org/a", new DateOnly(2025, 8, 12), Text, statements, default);
        var rows = await Service<Reconciliation>().RunAsync("25", null, default);

        Assert.Equal(2, await Db.Facts.CountAsync());
        Assert.Equal(4, source.Figures.Count);
        Assert.Equal("91 hồ sơ", Text[source.Figures[0].Start..source.Figures[0].End]);
        var byKey = rows.ToDictionary(r => (r.Reported.FieldCode, r.Reported.Measure));
        Assert.Equal(("match", 0m), (byKey[("SHTT", "received")].Status, byKey[("SHTT", "received")].Difference!.Value));
        Assert.Equal(("mismatch", 3m), (byKey[("TSVTD", "received")].Status, byKey[("TSVTD", "received")].Difference!.Value));
        Assert.Equal(("mismatch", 17m), (byKey[(null, "received")].Status, byKey[(null, "received")].Difference!.Value));
        Assert.Equal("no_data", byKey[(null, "resolved")].Status);
    }
}
