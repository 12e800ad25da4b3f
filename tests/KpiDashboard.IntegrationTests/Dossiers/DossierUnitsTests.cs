using System.Net;
using KpiDashboard.IntegrationTests.History;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// A dossier names its unit in the units valid on its received date: before 1 July 2025 the old ones. Its windows before
/// July 2025 count in the old unit, later ones in today's unit it went into. Calendar months, 2025 calendar (no holiday
/// in June and July). Old Vĩnh Phúc (26): Phường Tích Sơn (08707) and Phường Hội Hợp (08713) both went into today's
/// Phường Vĩnh Yên of Phú Thọ, which took the code 08707; old Hòa Bình's (17) Xã Cao Sơn (04957) was split in two.
/// VP1: Tích Sơn, received 20/6, due 29/8, still pending at the end of July. VP2: Hội Hợp, received 10/6, resolved early 12/6.
/// HB1: Cao Sơn, received 25/6, resolved early 8/7. PT1: Vĩnh Yên of today, received 3/7, due 31/7, pending within.
/// </summary>
public sealed class DossierUnitsTests
{
    private const string Header = "dossier_code,procedure_code,field,province,commune,channel,received_at,due_at,handling_days,finished_at,outcome\n";

    private const string List = Header +
        "VP1,1.004227,TSVTD,Vĩnh Phúc,Phường Tích Sơn,online,20/06/2025,29/08/2025,,,\n" +
        "VP2,1.004227,TSVTD,26,08713,offline,2025-06-10,2025-06-13,,2025-06-12,resolved\n" +
        "HB1,1.004227,TSVTD,Hòa Bình,04957,online,2025-06-25,2025-07-10,,2025-07-08,resolved\n" +
        "PT1,1.004227,TSVTD,Phú Thọ,Phường Vĩnh Yên,online,2025-07-03,2025-07-31,,,\n";

    private static async Task<TestDatabase> IngestedAsync()
    {
        var db = await TestDatabase.CreateAsync(DossierFiguresTests.CalendarMonths);
        await HistoryUnits.ImportAsync(db);
        var result = await db.IngestAsync(List, "ho-so.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Code} {e.MessageEn}")));
        return db;
    }

    private static async Task<string> SplitSuccessorAsync(TestDatabase db)
    {
        await using var context = db.Open();
        var links = await context.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.CommuneLevel && l.OldCode == "04957").OrderBy(l => l.Rank).ToListAsync();
        Assert.True(links.Count > 1, "Xã Cao Sơn (04957) was split");
        return links[0].NewCode;
    }

    [Fact]
    public async Task Windows_before_July_2025_count_in_the_old_unit_and_later_ones_in_its_successor()
    {
        await using var db = await IngestedAsync();
        var split = await SplitSuccessorAsync(db);
        await using var context = db.Open();
        var facts = (await context.Facts.AsNoTracking().ToListAsync())
            .ToDictionary(f => $"{f.Period} {f.ProvinceCode} {f.CommuneCode} {f.FieldCode}", f => f.Values);

        // June 2025, old units: VP1 received and pending within in Tích Sơn; VP2 received and early in Hội Hợp; HB1 pending in Cao Sơn.
        Assert.Equal((1, 0, 0, 1), Counts(facts["202506 26 08707 TSVTD"]));
        Assert.Equal((1, 0, 1, 0), Counts(facts["202506 26 08713 TSVTD"]));
        Assert.Equal((1, 0, 0, 1), Counts(facts["202506 17 04957 TSVTD"]));
        Assert.Equal(0, facts["202506 26 08707 TSVTD"].ReceivedOffline);
        // July 2025, today's units: Vĩnh Yên carries VP1 over and receives PT1, both pending within; Cao Sơn's dossier
        // goes on in the successor the mapping names first, carried over and resolved early there.
        Assert.Equal((1, 1, 0, 2), Counts(facts["202507 25 08707 TSVTD"]));
        Assert.Equal((0, 1, 1, 0), Counts(facts[$"202507 25 {split} TSVTD"]));
        // Nothing else: no July fact under an old code, no June fact under today's, no dossier dropped.
        Assert.Equal(5, facts.Count);

        var kept = await context.Dossiers.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        Assert.Equal(
            ["HB1 25 " + split + " 17 04957", "PT1 25 08707 - -", "VP1 25 08707 26 08707", "VP2 25 08707 26 08713"],
            kept.Select(d => $"{d.Code} {d.ProvinceCode} {d.UnitCode} {d.OldProvinceCode ?? "-"} {d.OldCommuneCode ?? "-"}"));

        // The figure queries read the old province's own June and today's province's comparable June alike.
        var june = Period.OfMonth(new Month(2025, 6));
        var vinhPhuc = await db.With<FigureQuery, Figures>(q => q.TotalAsync(new Scope("26", InOldUnits: true), june));
        Assert.Equal((2, 1), (vinhPhuc.Received.Value, vinhPhuc.Pending.Value));
        var phuTho = await db.With<FigureQuery, Figures>(q => q.TotalAsync(new Scope("25"), june));
        Assert.Equal((3, 2), (phuTho.Received.Value, phuTho.Pending.Value));
    }

    private static (int? Received, int? CarriedOver, int? Early, int? PendingWithin) Counts(Measures m) =>
        (m.Received, m.CarriedOver, m.ResolvedEarly, m.PendingWithin);

    [Fact]
    public async Task A_unit_of_the_other_time_is_refused_with_what_became_of_it_and_nothing_is_written()
    {
        await using var db = await TestDatabase.CreateAsync(DossierFiguresTests.CalendarMonths);
        await HistoryUnits.ImportAsync(db);
        var result = await db.IngestAsync(Header +
            "X1,1.004227,TSVTD,Vĩnh Phúc,,online,2025-07-02,2025-07-10,,,\n" +
            "X2,1.004227,TSVTD,Phú Thọ,Phường Vĩnh Yên,online,2025-06-20,2025-07-10,,,\n" +
            "X3,1.004227,TSVTD,Hà Nội,Ba Đình,online,2025-06-20,2025-07-10,,,\n", "sai.csv");

        Assert.Equal([(2, "province", "unit_merged"), (3, "commune", "unit_not_yet"), (4, "commune", "unit_not_yet")],
            result.Errors.Select(e => (e.Row, e.Column, e.Code)));
        Assert.Equal("Tỉnh Vĩnh Phúc (26) đã sáp nhập vào Tỉnh Phú Thọ (25) từ 01/07/2025.", result.Errors.First().Message);
        Assert.Contains("exists only from 01/07/2025; 06/2025 uses the units of before", result.Errors.Last().MessageEn);
        await using var context = db.Open();
        Assert.Equal(0, await context.Dossiers.CountAsync());
        Assert.Equal(0, await context.Facts.CountAsync());
    }

    [Fact]
    public async Task The_dossier_pages_show_the_dossier_in_its_successor_from_July_2025()
    {
        await using var db = await IngestedAsync();
        await using var factory = new KpiWebFactory(db) { Settings = { ["Reporting:Window"] = "CalendarMonth" } };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var analyst = KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == "Analyst");
        await Security.SecurityFixture.SignInAsync(client, analyst.Email, analyst.Password);

        // July: Vĩnh Yên receives PT1 and still has VP1, received in old Tích Sơn: two pending, both within.
        var july = WebUtility.HtmlDecode(await client.GetStringAsync("/dossiers?province=25&commune=08707&period=2025-07"));
        Assert.Equal("1", N(july, "received"));
        Assert.Equal("2", N(july, "pending"));
        Assert.Equal("0", N(july, "overdue"));
        // June for today's commune is comparable: its predecessors' dossiers (VP1, VP2), as today's units read old months.
        var june = WebUtility.HtmlDecode(await client.GetStringAsync("/dossiers?province=25&commune=08707&period=2025-06"));
        Assert.Equal("2", N(june, "received"));
        Assert.Equal("1", N(june, "resolved"));
        // The procedure page across Phú Thọ's communes counts July's pending in Vĩnh Yên.
        var procedure = WebUtility.HtmlDecode(await client.GetStringAsync("/dossiers/procedures/1.004227?period=2025-07&province=25"));
        Assert.Contains("Phường Vĩnh Yên", procedure);
    }

    private static string N(string html, string name) =>
        System.Text.RegularExpressions.Regex.Match(html, $"data-n=\"{name}\">([^<]*)<").Groups[1].Value.Trim();
}
