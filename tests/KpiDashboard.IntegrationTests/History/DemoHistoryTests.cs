using System.IO.Compression;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Safety;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Reporting.Excel;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>Today's communes, the history units and the demo on them, once for the class (the import takes seconds).</summary>
public sealed class DemoHistoryDatabase : IAsyncLifetime
{
    public TestDatabase Db { get; private set; } = null!;
    public IngestResult Demo { get; private set; } = null!;
    /// <summary>A commune of Phú Thọ with demo figures before July 2025 and a split predecessor (approximate), and one without.</summary>
    public string Split { get; private set; } = "";
    public string Whole { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(Db);
        Demo = await Db.With<DemoDataLoader, IngestResult>(d => d.LoadAsync());
        Assert.Empty(Demo.Errors);
        await using var db = Db.Open();
        var inPhuTho = await db.Communes.Where(c => c.ProvinceCode == "25").Select(c => c.Code).ToListAsync();
        var links = await db.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.CommuneLevel && inPhuTho.Contains(l.NewCode)).ToListAsync();
        var oldWithFacts = (await db.Facts.Where(f => f.Period == 202506 && f.CommuneCode != null).Select(f => f.CommuneCode!).Distinct().ToListAsync()).ToHashSet();
        bool HasHistory(string code) => links.Any(l => l.NewCode == code && l.Rank == 1 && oldWithFacts.Contains(l.OldCode));
        Split = links.Where(l => l.Kind == UnitLink.Part && HasHistory(l.NewCode)).Select(l => l.NewCode).Order(StringComparer.Ordinal).First();
        Whole = inPhuTho.Where(c => HasHistory(c) && links.Where(l => l.NewCode == c).All(l => l.Kind == UnitLink.Whole)).Order(StringComparer.Ordinal).First();
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();
}

/// <summary>
/// The demo across the merger date: old months in the old units, each series of today going on from its predecessors'
/// June 2025 pending, the seed article untouched; and the "≈" marks of comparable figures on the pages, the form and the
/// e-mail.
/// </summary>
public sealed class DemoHistoryTests(DemoHistoryDatabase fixture) : IClassFixture<DemoHistoryDatabase>
{
    private static readonly Period June2025 = Period.Parse("2025-06");
    private static readonly Period July2025 = Period.Parse("2025-07");
    private TestDatabase Db => fixture.Db;

    private Task<Figures> Total(Scope scope, Period period) => Db.With<FigureQuery, Figures>(q => q.TotalAsync(scope, period));

    [Fact]
    public async Task The_months_before_july_2025_are_in_the_old_units_and_the_database_check_is_clean()
    {
        await using var db = Db.Open();
        var oldProvinces = (await db.Provinces.IgnoreQueryFilters().Where(p => p.ValidTo != null).Select(p => p.Code).ToListAsync()).ToHashSet();
        var before = await db.Facts.Where(f => f.Period < 202507).Select(f => f.ProvinceCode).Distinct().ToListAsync();
        Assert.Equal(63, before.Count);
        Assert.All(before, p => Assert.Contains(p, oldProvinces));
        // Vĩnh Phúc (26) and Hòa Bình (17), which no longer exist, filed their own agencies' figures in 2024.
        Assert.True(await db.Facts.AnyAsync(f => f.Period == 202407 && f.ProvinceCode == "26" && f.CommuneCode == null));
        Assert.True(await db.Facts.AnyAsync(f => f.Period == 202407 && f.ProvinceCode == "17" && f.CommuneCode == null));
        Assert.False(await db.Facts.AnyAsync(f => f.Period >= 202507 && (f.ProvinceCode == "26" || f.ProvinceCode == "17")));
        Assert.Equal(34, await db.Facts.Where(f => f.Period >= 202507).Select(f => f.ProvinceCode).Distinct().CountAsync());
        // Old communes of the old provinces that became Hà Nội and Phú Thọ, in their old provinces (checked below).
        var oldCommuneProvinces = await db.Facts.Where(f => f.Period < 202507 && f.CommuneCode != null).Select(f => f.ProvinceCode).Distinct().ToListAsync();
        Assert.Equal(["01", "17", "25", "26"], oldCommuneProvinces.Order(StringComparer.Ordinal));
        // Every fact's units are those of its month, and the summaries equal the facts.
        Assert.Empty(await Db.With<DatabaseCheck, IReadOnlyList<CheckFinding>>(c => c.RunAsync(false)));
    }

    [Fact]
    public async Task A_province_of_today_carries_over_in_july_2025_what_its_predecessors_had_pending_in_june()
    {
        foreach (var province in new[] { "25", "01", "79", "24" })
        {
            var june = await Total(new Scope(province), June2025);
            var july = await Total(new Scope(province), July2025);
            Assert.True(june.Rows > 0, province);
            Assert.Equal(june.Pending.Value, july.CarriedOver.Value);
        }
        // Phú Thọ's June is Phú Thọ, Vĩnh Phúc and Hòa Bình together, in plain SQL.
        await using var connection = Db.Connect();
        long pending = 0;
        foreach (var old in new[] { "25", "26", "17" })
            pending += (await FactSql.SumAsync(connection, 202506, 202506, old, null)).Sum(s => s["Pending"].Value ?? 0);
        Assert.Equal(pending, (await Total(new Scope("25"), June2025)).Pending.Value);
        // Per field too, and for a commune of today from its old communes.
        foreach (var field in new[] { "TSVTD", "TCDLCL", "VT" })
            Assert.Equal((await Total(new Scope("25", FieldCode: field), June2025)).Pending.Value,
                (await Total(new Scope("25", FieldCode: field), July2025)).CarriedOver.Value);
        foreach (var commune in new[] { fixture.Split, fixture.Whole })
        {
            var june = await Total(new Scope("25", commune), June2025);
            Assert.True(june.Rows > 0, commune);
            Assert.Equal(june.Pending.Value, (await Total(new Scope("25", commune), July2025)).CarriedOver.Value);
        }
        // The national workbook's data-quality sheet finds no carried-over mismatch across the date.
        var summary = await Db.With<NationalSummaryBuilder, NationalSummary>(b => b.BuildAsync(July2025));
        Assert.DoesNotContain(summary.Quality.IdentityWarnings, w => w.Identity == IdentityChecks.CarriedOverIdentity);
    }

    [Fact]
    public async Task Phu_tho_july_2025_is_still_the_seed_article()
    {
        var agencies = (await Db.With<FigureQuery, IReadOnlyList<Grouped<bool>>>(q =>
            q.SumByAsync(new Scope("25"), July2025.First, July2025.Last, r => r.CommuneLevel))).Single(g => !g.Key).Figures;
        Assert.Equal((91L, 73L, 55L), (agencies.Received.Value!.Value, agencies.Resolved.Value!.Value, agencies.ResolvedEarly.Value!.Value));
        await using var db = Db.Open();
        Assert.Equal(43, await db.Facts.Where(f => f.Period == 202507 && f.ProvinceCode == "25" && f.CommuneCode == null && f.FieldCode == "TSVTD").Select(f => f.Values.Received).SingleAsync());
        Assert.Equal(34, await db.Facts.Where(f => f.Period == 202507 && f.ProvinceCode == "25" && f.CommuneCode == null && f.FieldCode == "SHTT").Select(f => f.Values.Received).SingleAsync());
    }

    [Fact]
    public async Task Old_months_are_marked_approximate_on_the_commune_and_province_pages_and_the_form()
    {
        await using var factory = new KpiWebFactory(Db) { Settings = { ["Startup:UnitsFile"] = "", ["Startup:BoundariesFile"] = "" } };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var analyst = KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == "Analyst");
        await Security.SecurityFixture.SignInAsync(client, analyst.Email, analyst.Password);
        const string mark = "data-approximate=\"true\"";

        // The commune page: the tiles, the trend's table and the note.
        var split = await client.GetStringAsync($"/communes/{fixture.Split}?period=2025-06");
        Assert.Contains(mark, Tiles(split));
        Assert.Contains("id=\"approx-note\"", split);
        // The trend's data table: its months before July 2025 carry the mark.
        Assert.Matches("<th scope=\"row\">[^<]*<a class=\"approx\"", split);
        var whole = await client.GetStringAsync($"/communes/{fixture.Whole}?period=2025-06");
        Assert.DoesNotContain(mark, whole);
        Assert.DoesNotContain("approx-note", whole);

        // The province page of an old month: the split commune's row and the map's table, with the rule.
        var province = await client.GetStringAsync("/provinces/25?period=2025-06&q=" + fixture.Split);
        Assert.Contains(mark, Html.Row(province, "data-commune", fixture.Split));
        Assert.Contains(mark, Html.Row(province, "data-code", fixture.Split));
        Assert.Contains("id=\"approx-note\"", province);
        Assert.Contains("(≈ gần đúng)", province);
        var wholeRow = await client.GetStringAsync("/provinces/25?period=2025-06&q=" + fixture.Whole);
        Assert.DoesNotContain(mark, Html.Row(wholeRow, "data-commune", fixture.Whole));
        // From July 2025 nothing is comparable, nothing is marked.
        var august = await client.GetStringAsync("/provinces/25?period=2025-08");
        Assert.DoesNotContain(mark, august);
        Assert.DoesNotContain("approx-note", august);

        // Biểu 06 of the commune for an old month: the total marked and the note under it.
        var form = await client.GetByteArrayAsync($"/reports/download?report=form06&period=2025-06&commune={fixture.Split}&language=vi");
        var strings = SharedStrings(form);
        Assert.Contains("(≈) Gần đúng", strings);
        Assert.Contains("(≈)", strings.Replace("(≈) Gần đúng", ""));
        Assert.DoesNotContain("(≈)", SharedStrings(await client.GetByteArrayAsync($"/reports/download?report=form06&period=2025-06&commune={fixture.Whole}&language=vi")));
    }

    [Fact]
    public async Task The_e_mail_marks_an_old_months_rank_among_communes_and_its_comparisons()
    {
        var subscription = new Subscription { Email = "xa@example.invalid", DisplayName = "Xã", Scope = $"commune:{fixture.Split}", Language = "vi" };
        var june = await Db.With<SummaryComposer, SummaryData>(c => c.GatherAsync(subscription, new Month(2025, 6)));
        Assert.True(june.Rank is { AmongCommunes: true, Approximate: true });
        Assert.Contains("(≈):", SummaryText.Rank(june));
        Assert.NotNull(SummaryText.ApproximateNote(june));
        Assert.True(june.LastYearApproximate);

        var august = await Db.With<SummaryComposer, SummaryData>(c => c.GatherAsync(subscription, new Month(2025, 8)));
        Assert.True(august.Rank is { Approximate: false });
        Assert.DoesNotContain("≈", SummaryText.Rank(august));
        // August 2024, its same month last year, is still comparable figures of a split predecessor.
        Assert.True(august.LastYearApproximate);
        Assert.Contains("(≈)", SummaryText.Header(august).LastYear);

        var english = await Db.With<SummaryComposer, SummaryData>(c => c.GatherAsync(new Subscription
        {
            Email = "xa@example.invalid", DisplayName = "Xã", Scope = $"commune:{fixture.Split}", Language = "en",
        }, new Month(2025, 6)));
        Assert.Contains("Rank by the on-time rate (national index) (≈):", SummaryText.Rank(english));
    }

    private static string Tiles(string html)
    {
        var start = html.IndexOf("class=\"tile\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no tiles");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string SharedStrings(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open());
        return System.Net.WebUtility.HtmlDecode(reader.ReadToEnd());
    }
}
