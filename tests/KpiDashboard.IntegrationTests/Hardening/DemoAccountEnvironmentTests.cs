using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>Demo accounts, whose passwords are published, exist in Development only.</summary>
public sealed class DemoAccountEnvironmentTests
{
    [Theory]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task Demo_mode_outside_Development_refuses_to_start_and_creates_no_account(string environment)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = HardeningApp.Create(db, environment, null, ("Security:DemoMode", "true"));
        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Security:DemoMode", e.ToString());
        await using var context = db.Open();
        Assert.False(await context.Users.AnyAsync(u => u.IsDemo));
    }

    [Fact]
    public async Task Staging_creates_no_demo_account_and_refuses_to_start_while_one_exists()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var staging = HardeningApp.Create(db, "Staging"))
        {
            _ = staging.Server;
            Assert.DoesNotContain(DemoAccount.All[0].Email, await staging.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).GetStringAsync("/account/sign-in"));
            await using var context = db.Open();
            Assert.False(await context.Users.AnyAsync(u => u.IsDemo));
        }
        await using (var development = HardeningApp.Create(db, "Development"))
            _ = development.Server;
        await using var again = HardeningApp.Create(db, "Staging");
        var e = Assert.ThrowsAny<Exception>(() => again.Server);
        Assert.Contains("demo accounts exist in Staging", e.ToString());
    }
}
