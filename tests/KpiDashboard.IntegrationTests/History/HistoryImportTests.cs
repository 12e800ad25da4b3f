using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.History;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.History;

public sealed class HistoryImportTests
{
    [Fact]
    public async Task The_old_units_and_their_links_import_once_and_today_s_queries_do_not_see_them()
    {
        await using var db = await TestDatabase.CreateAsync();
        var first = await HistoryUnits.ImportAsync(db);
        Assert.Equal((63, 696, 10035), (first.Provinces, first.Districts, first.Communes));
        // 12 old communes dvhcvn has and the statistics office's list no longer has; 5 links to 06970 (Xã Ba Chẽ),
        // which today's list does not have.
        Assert.Equal(12 + 5, first.LinksWithoutUnit);

        var again = await db.With<HistoryImport, HistoryImport.Outcome>(h => h.ImportAsync(HistoryUnits.Folder));
        Assert.Empty(again.Errors);
        Assert.Equal(0, again.Inserted + again.Updated);

        await using var context = db.Open();
        Assert.Equal(34, await context.Provinces.CountAsync());
        Assert.Equal(3321, await context.Communes.CountAsync());
        Assert.Equal(63, await context.Provinces.IgnoreQueryFilters().CountAsync(p => p.ValidTo == UnitValidity.LastOldDay));
        // The same code, two units: old 00004 is Trúc Bạch (Ba Đình district), new 00004 is Ba Đình ward.
        var both = await context.Communes.IgnoreQueryFilters().Where(c => c.Code == "00004").OrderBy(c => c.ValidFrom).ToListAsync();
        Assert.Equal([("Trúc Bạch", "001"), ("Ba Đình", null)], both.Select(c => (c.Name, c.DistrictCode)));
        var vinhPhuc = await context.Provinces.IgnoreQueryFilters().SingleAsync(p => p.Code == "26");
        Assert.Equal(("Vĩnh Phúc", "Vinh Phuc", "Tỉnh"), (vinhPhuc.Name, vinhPhuc.NameEn, vinhPhuc.Kind));

        var links = await context.UnitLinks.AsNoTracking().ToListAsync();
        Assert.Equal(["25"], links.Where(l => l.Level == UnitLink.ProvinceLevel && l.OldCode is "25" or "26" or "17").Select(l => l.NewCode).Distinct());
        // Counted from the files apart (Python): 10,035 old communes with 10,597 links, 471 of them split once the
        // 54 disagreements where the statistics office names successors are applied; 63 provinces; 5 island districts;
        // less the 5 links to 06970, 4 of them the only link of their old commune (06886 keeps two of its three).
        Assert.Equal(10035 - 4 + 63 + 5, links.Select(l => (l.Level, l.OldCode)).Distinct().Count());
        Assert.Equal(10597 - 5, links.Count(l => l.Level == UnitLink.CommuneLevel));
        Assert.Equal(471, links.Where(l => l.Level == UnitLink.CommuneLevel && l.Kind == UnitLink.Part).Select(l => l.OldCode).Distinct().Count());
        // The one rule for disagreements: the statistics office's collection wins where it names a successor.
        var tanPhu = Assert.Single(links, l => l.Level == UnitLink.CommuneLevel && l.OldCode == "30622");
        Assert.Equal(("30604", UnitLink.Whole, "vietnamadminunits"), (tanPhu.NewCode, tanPhu.Kind, tanPhu.Source));
    }

    [Fact]
    public async Task Without_today_s_communes_nothing_is_written()
    {
        await using var db = await TestDatabase.CreateAsync();
        var outcome = await db.With<HistoryImport, HistoryImport.Outcome>(h => h.ImportAsync(HistoryUnits.Folder));
        Assert.Equal("no_communes", Assert.Single(outcome.Errors).Code);
        await using var context = db.Open();
        Assert.Equal(0, await context.Districts.CountAsync());
        Assert.Equal(34, await context.Provinces.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task A_folder_without_its_files_is_refused_by_name()
    {
        await using var db = await TestDatabase.CreateAsync();
        var empty = Directory.CreateTempSubdirectory("kpi-history-").FullName;
        var outcome = await db.With<HistoryImport, HistoryImport.Outcome>(h => h.ImportAsync(empty));
        Assert.Equal(4, outcome.Errors.Count(e => e.Code == "missing_file"));
        Assert.Contains(outcome.Errors, e => e.Column == HistoryFiles.Communes);
    }

    [Fact]
    public async Task An_admin_correction_is_audited_and_survives_a_reimport()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var (links, problems) = await db.With<UnitLinkCorrection, (IReadOnlyList<UnitLink>, IReadOnlyList<(string, string)>)>(c =>
            c.ApplyAsync(new UnitLinkCorrection.Request(UnitLink.CommuneLevel, "30622", ["30604", "30292"], "admin@test")));
        Assert.Empty(problems);
        Assert.Equal([("30604", 1, UnitLink.Part), ("30292", 2, UnitLink.Part)], links.Select(l => (l.NewCode, l.Rank, l.Kind)));

        // Crossing into another province is refused: An Giang's old communes are in today's An Giang (91).
        var (_, refused) = await db.With<UnitLinkCorrection, (IReadOnlyList<UnitLink>, IReadOnlyList<(string, string)>)>(c =>
            c.ApplyAsync(new UnitLinkCorrection.Request(UnitLink.CommuneLevel, "30622", ["30259"], "admin@test")));
        Assert.Single(refused);

        await db.With<HistoryImport, HistoryImport.Outcome>(h => h.ImportAsync(HistoryUnits.Folder));
        await using var context = db.Open();
        var kept = await context.UnitLinks.Where(l => l.Level == UnitLink.CommuneLevel && l.OldCode == "30622").OrderBy(l => l.Rank).ToListAsync();
        Assert.Equal(["30604", "30292"], kept.Select(l => l.NewCode));
        Assert.All(kept, l => Assert.Equal(UnitLinkCorrection.AdminSource, l.Source));
        var audit = await context.AuditEntries.SingleAsync(a => a.Action == "unit_link");
        Assert.Equal(("admin@test", "commune 30622: 30604(vietnamadminunits) -> 30604,30292 (part)"), (audit.Actor, audit.Details));
    }
}
