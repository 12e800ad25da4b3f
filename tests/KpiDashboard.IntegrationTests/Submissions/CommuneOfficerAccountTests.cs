using KpiDashboard.Metrics.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>`kpi users set-communes`: only a ProvinceOfficer, only communes of its provinces, audited, and the scope follows.</summary>
public sealed class CommuneOfficerAccountTests : SubmissionTest
{
    private Task<AccountService.Outcome> SetAsync(string email, params string[] communes) =>
        With<AccountService, AccountService.Outcome>(a => a.SetCommunesAsync(email, communes, "admin"));

    [Fact]
    public async Task A_province_officer_becomes_a_commune_officer_of_communes_of_its_province()
    {
        Assert.True((await With<AccountService, AccountService.Outcome>(a => a.AddAsync("tanhoa@phutho.invalid", Roles.ProvinceOfficer, ["25"], "Mat-khau-2025!", "admin"))).Succeeded);
        Assert.True((await With<AccountService, AccountService.Outcome>(a => a.AddAsync("viewer@phutho.invalid", Roles.Viewer, ["25"], "Mat-khau-2025!", "admin"))).Succeeded);

        Assert.False((await SetAsync("viewer@phutho.invalid", "04792")).Succeeded);
        Assert.False((await SetAsync("tanhoa@phutho.invalid", "09999")).Succeeded);
        Assert.True((await SetAsync("tanhoa@phutho.invalid", "04792")).Succeeded);

        await using var context = Database.Open();
        var user = await context.Users.AsNoTracking().SingleAsync(u => u.Email == "tanhoa@phutho.invalid");
        Assert.Equal(["04792"], user.Communes);
        var scope = Roles.ScopeOf(Roles.ProvinceOfficer, user.Provinces, user.Communes);
        Assert.True(scope.CanIngestInto("25", "04792"));
        Assert.False(scope.CanIngestInto("25", "04795"));
        Assert.False(scope.CanIngestInto("25", null));
        Assert.True(scope.CanRead("25"));
        Assert.Equal(1, await context.AuditEntries.CountAsync(a => a.Action == "user.set-communes"));
    }
}
