using System.Net;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>
/// /reported/reconcile without a province shows an officer the figures of their provinces: it reconciled every saved figure
/// and asked the facts of each one's province, so once another province had saved one the officer's page (the link on
/// /reported, and where a save of several months leads) was a 403.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ReconcileOtherProvincesTests(SecurityFixture app)
{
    [Fact]
    public async Task Another_provinces_saved_figures_neither_block_nor_show_on_an_officers_page()
    {
        const string text = "Trong tháng 5/2025, thành phố Hà Nội đã tiếp nhận 4.321 hồ sơ.";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            var statements = NarrativeExtractor.Extract(text, await UnitDirectory.LoadAsync(db), await db.Fields.ToListAsync(), new DateOnly(2025, 8, 12));
            Assert.Equal("01", Assert.Single(statements).Province?.Code);
            await scope.ServiceProvider.GetRequiredService<ReportedFigureStore>().SaveAsync("ha-noi.txt", null, new DateOnly(2025, 8, 12), text, statements, default);
        }

        var officer = await app.ClientAsync(Who.Officer25);
        var page = await officer.GetAsync("/reported/reconcile");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("4.321", await page.Content.ReadAsStringAsync());

        var admin = await app.ClientAsync(Who.Admin);
        Assert.Contains("4.321", await admin.GetStringAsync("/reported/reconcile?province=01&period=2025-05"));
    }
}
