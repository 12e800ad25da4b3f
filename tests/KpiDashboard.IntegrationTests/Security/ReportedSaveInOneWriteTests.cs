using System.Net;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>
/// /reported/save writes a source with its figures as the analyst decided, in one write: it used to store every figure as
/// read, then mark the discarded ones in a second write, so a failure between them (here a trigger refusing any update of
/// ReportedFigures, as a lock or a full disk would) left another province's discarded figure stored as kept, with a 500.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ReportedSaveInOneWriteTests(SecurityFixture app)
{
    private async Task RefuseUpdatesAsync(bool refuse)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
        var sql = (TestProvider.Current, refuse) switch
        {
            (DatabaseProvider.Postgres, true) =>
                "CREATE FUNCTION refuse_reported_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'update refused'; END $$; " +
                "CREATE TRIGGER refuse_reported_update BEFORE UPDATE ON \"ReportedFigures\" FOR EACH ROW EXECUTE FUNCTION refuse_reported_update();",
            (DatabaseProvider.Postgres, false) => "DROP TRIGGER refuse_reported_update ON \"ReportedFigures\"; DROP FUNCTION refuse_reported_update();",
            (_, true) => "CREATE TRIGGER refuse_reported_update BEFORE UPDATE ON \"ReportedFigures\" BEGIN SELECT RAISE(ABORT, 'update refused'); END;",
            _ => "DROP TRIGGER refuse_reported_update;",
        };
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Another_provinces_discarded_figure_is_never_stored_as_kept()
    {
        var client = await app.ClientAsync(Who.Officer25);
        var html = await (await ReportedPage.ReadAsync(client,
            "Trong tháng 6/2025, tỉnh Khánh Hòa đã tiếp nhận 517 hồ sơ. Trong tháng 6/2025, tỉnh Phú Thọ đã tiếp nhận 83 hồ sơ.")).Content.ReadAsStringAsync();
        var marks = ReportedPage.Marks(html);
        Assert.Equal(2, marks.Count);
        var fields = ReportedPage.SaveFields(html);
        ReportedPage.Set(fields, $"discard_{marks.Single(m => m.Value == "517 hồ sơ").Key}", "true");

        await RefuseUpdatesAsync(true);
        HttpResponseMessage saved;
        try
        {
            saved = await client.PostAsync("/reported/save", new FormUrlEncodedContent(fields));
        }
        finally
        {
            await RefuseUpdatesAsync(false);
        }

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
        Assert.False(await db.ReportedFigures.AnyAsync(f => f.ProvinceCode == "56" && !f.Discarded));
        Assert.True(await db.ReportedFigures.AnyAsync(f => f.ProvinceCode == "56" && f.Discarded && f.Value == 517));
        Assert.True(await db.ReportedFigures.AnyAsync(f => f.ProvinceCode == "25" && !f.Discarded && f.Value == 83 && f.Period == 202506));
    }
}
