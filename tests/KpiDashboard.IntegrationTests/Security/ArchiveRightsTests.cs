using System.Net;
using KpiDashboard.Metrics.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Who may write the shared archive, that nobody replaces a file of another scope, and the daily quota.</summary>
[Collection(SecurityCollection.Name)]
public sealed class ArchiveRightsTests(SecurityFixture app)
{
    [Fact]
    public async Task An_officers_national_summary_does_not_replace_the_admins()
    {
        const string period = "2025-05";
        var admin = await app.ClientAsync(Who.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await Archiving.SaveAsync(admin, "national", period)).StatusCode);
        var national = $"{period}/TongHop_ToanQuoc_{period}.xlsx";
        var bytes = await admin.GetByteArrayAsync(Archiving.Url(national));

        var officer = await app.ClientAsync(Who.Officer25);
        Assert.Equal(HttpStatusCode.Redirect, (await Archiving.SaveAsync(officer, "national", period)).StatusCode);

        Assert.Equal(bytes, await admin.GetByteArrayAsync(Archiving.Url(national)));
        Assert.Contains(DemoEmail(Roles.Admin), Web.Html.Row(await admin.GetStringAsync("/reports"), "data-file", national));
        var mine = Assert.Single(await Archiving.ListedAsync(officer), f => f.StartsWith(period + "/", StringComparison.Ordinal));
        Assert.Equal($"{period}/TongHop_PhuTho_{period}.xlsx", mine);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(Archiving.Url(national))).StatusCode);
    }

    [Fact]
    public async Task A_viewer_may_not_archive_and_an_officer_not_for_another_province()
    {
        var viewer = await app.ClientAsync(Who.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await Archiving.SaveAsync(viewer, "csv", "2025-03", province: "25")).StatusCode);
        var officer = await app.ClientAsync(Who.Officer25);
        Assert.Equal(HttpStatusCode.Forbidden, (await Archiving.SaveAsync(officer, "csv", "2025-03", province: "42")).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(app.ReportsRoot, "2025-03")));
        Assert.DoesNotContain("archive-save", await viewer.GetStringAsync("/reports?report=csv&province=25&period=2025-03"));
    }

    [Fact]
    public async Task One_person_archives_at_most_the_daily_quota()
    {
        const string email = "quota@test.invalid";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .AddAsync(email, Roles.ProvinceOfficer, ["25"], SecurityFixture.TestPassword, "test");
            Assert.True(added.Succeeded);
        }
        var client = app.Anonymous();
        await SecurityFixture.SignInAsync(client, email, SecurityFixture.TestPassword);
        for (var month = 1; month <= SecurityFixture.ArchiveQuota; month++)
            Assert.Equal(HttpStatusCode.Redirect, (await Archiving.SaveAsync(client, "csv", $"2024-{month:00}", province: "25")).StatusCode);

        var refused = await Archiving.SaveAsync(client, "csv", "2024-11", province: "25");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("10", await refused.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(app.ReportsRoot, "2024-11", "SoLieu_PhuTho_2024-11.csv")));
    }

    private static string DemoEmail(string role) => KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == role).Email;
}
