using System.Net;
using System.Text;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.History;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>/admin/units: an Admin finds an old commune, corrects where it went (audited, kept by the import); nobody else may.</summary>
public sealed class UnitLinkPageTests
{
    [Fact]
    public async Task An_admin_corrects_an_old_commune_s_links_on_the_page_audited_and_kept_by_a_reimport()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        await using var factory = new KpiWebFactory(db) { Settings = { ["Security:SignInPermitsPerMinute"] = "1000" } };
        var admin = await SignedInAsync(factory, Metrics.Accounts.Roles.Admin);

        // By code: An Giang's Tân Phú (30622), which the two mappings put in different communes.
        var page = await admin.GetStringAsync("/admin/units?q=30622");
        var section = Web.Html.Section(page, "data-old", "30622");
        Assert.Contains("Xã Tân Phú", section);
        Assert.Contains("data-new=\"30604\" data-kind=\"whole\" data-source=\"vietnamadminunits\"", section);
        Assert.Contains("href=\"/admin/units\" aria-current=\"page\"", page);
        // By name, decomposed (NFD) and with the old tone-mark placement: old 00004 is Phường Trúc Bạch.
        var byName = await admin.GetStringAsync("/admin/units?q=" + Uri.EscapeDataString("trúc bạch".Normalize(NormalizationForm.FormD)));
        Assert.Contains("data-old=\"00004\"", byName);
        Assert.Contains("data-old=\"00004\"", await admin.GetStringAsync("/admin/units?q=truc%20bach"));

        // Split between two communes of today's An Giang, the first named first.
        var saved = await Admin.Forms.PostAsync(admin, "/admin/units?q=30622", "/admin/units/link",
            ("old", "30622"), ("successors", "30604 30292"), ("kind", ""), ("q", "30622"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/admin/units?q=30622&saved=30622", saved.Headers.Location!.OriginalString);
        var after = Web.Html.Section(await admin.GetStringAsync("/admin/units?q=30622&saved=30622"), "data-old", "30622");
        Assert.Contains("data-new=\"30604\" data-kind=\"part\" data-source=\"admin\"", after);
        Assert.Contains("data-new=\"30292\" data-kind=\"part\" data-source=\"admin\"", after);
        // With nothing asked, the page lists the corrected links.
        Assert.Contains("data-old=\"30622\"", await admin.GetStringAsync("/admin/units"));

        // Refused, with the reason and nothing written: another province, two successors "whole", an unknown old code.
        var crossing = await Admin.Forms.PostAsync(admin, "/admin/units?q=30622", "/admin/units/link", ("old", "30622"), ("successors", "30259"), ("q", "30622"));
        Assert.Equal(HttpStatusCode.BadRequest, crossing.StatusCode);
        Assert.Contains("&#x27;30259&#x27; thuộc tỉnh", await crossing.Content.ReadAsStringAsync());
        var whole = await Admin.Forms.PostAsync(admin, "/admin/units?q=30622", "/admin/units/link", ("old", "30622"), ("successors", "30604 30292"), ("kind", "whole"));
        Assert.Equal(HttpStatusCode.BadRequest, whole.StatusCode);
        var unknown = await Admin.Forms.PostAsync(admin, "/admin/units", "/admin/units/link", ("old", "99999"), ("successors", "30604"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        await using (var context = db.Open())
        {
            var links = await context.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.CommuneLevel && l.OldCode == "30622").OrderBy(l => l.Rank).ToListAsync();
            Assert.Equal([("30604", 1, UnitLink.Part), ("30292", 2, UnitLink.Part)], links.Select(l => (l.NewCode, l.Rank, l.Kind)));
            // One audit row, in the CLI's log and format, naming the Admin and the address.
            var audit = Assert.Single(await context.AuditEntries.AsNoTracking().Where(a => a.Action == "unit_link").ToListAsync());
            Assert.Equal("commune 30622: 30604(vietnamadminunits) -> 30604,30292 (part)", audit.Details);
            Assert.Contains(DemoAccount.All.Single(a => a.Role == Metrics.Accounts.Roles.Admin).Email, audit.Actor);
        }

        // The import keeps it.
        var again = await db.With<HistoryImport, HistoryImport.Outcome>(h => h.ImportAsync(HistoryUnits.Folder));
        Assert.Empty(again.Errors);
        await using (var context = db.Open())
            Assert.Equal(["30604", "30292"], await context.UnitLinks.AsNoTracking()
                .Where(l => l.Level == UnitLink.CommuneLevel && l.OldCode == "30622" && l.Source == UnitLinkCorrection.AdminSource)
                .OrderBy(l => l.Rank).Select(l => l.NewCode).ToListAsync());
    }

    [Fact]
    public async Task Only_an_admin_sees_or_changes_the_links()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        await using var factory = new KpiWebFactory(db) { Settings = { ["Security:SignInPermitsPerMinute"] = "1000" } };
        var admin = await SignedInAsync(factory, Metrics.Accounts.Roles.Admin);
        var token = await Admin.Forms.TokenAsync(admin, "/admin/units");
        foreach (var role in new[] { Metrics.Accounts.Roles.Analyst, Metrics.Accounts.Roles.ProvinceOfficer, Metrics.Accounts.Roles.Viewer })
        {
            var client = await SignedInAsync(factory, role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/units?q=30622")).StatusCode);
            var post = await client.PostAsync("/admin/units/link", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["old"] = "30622", ["successors"] = "30604 30292", ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
        var anonymous = factory.RawClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/units")).StatusCode);

        await using var context = db.Open();
        Assert.False(await context.UnitLinks.AnyAsync(l => l.Source == UnitLinkCorrection.AdminSource));
        Assert.False(await context.AuditEntries.AnyAsync(a => a.Action == "unit_link"));
    }

    private static async Task<HttpClient> SignedInAsync(KpiWebFactory factory, string role)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // The demo accounts: one per role (the Phú Thọ officer for ProvinceOfficer).
        var account = DemoAccount.All.First(a => a.Role == role);
        await Security.SecurityFixture.SignInAsync(client, account.Email, account.Password);
        return client;
    }
}
