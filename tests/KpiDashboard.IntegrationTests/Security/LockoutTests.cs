using System.Net;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Five failures lock an account for 15 minutes of the app's clock: a fake one here, that the test moves.</summary>
public sealed class LockoutTests : DatabaseTest
{
    private const string Email = "lockout@test.invalid";
    // Whole seconds: PostgreSQL keeps microseconds, and the lockout end is compared exactly.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    private KpiWebFactory _app = null!;

    protected override async Task SeedAsync()
    {
        _app = new KpiWebFactory(Database)
        {
            Time = _clock,
            Settings = { ["Startup:LoadDemoData"] = "false", ["Startup:UnitsFile"] = "", ["Summaries:Enabled"] = "false" },
            TestServices = s => s.AddTransient<IStartupFilter, RemoteAddressStartupFilter>(),
        };
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(Email, Roles.Viewer, [], SecurityFixture.TestPassword, "test")).Succeeded);
    }

    public override async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await base.DisposeAsync();
    }

    private Task<HttpResponseMessage> SignInAsync(HttpClient client, string password) =>
        Forms.PostAsync(client, "/account/sign-in", "/account/sign-in", ("email", Email), ("password", password));

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password_for_fifteen_minutes_and_are_audited()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++) Assert.NotEqual(HttpStatusCode.Redirect, (await SignInAsync(client, "WrongPassword1")).StatusCode);
        var lockedAt = _clock.GetUtcNow();

        var locked = await SignInAsync(client, SecurityFixture.TestPassword);
        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
        Assert.Contains("15 phút", await locked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        await using (var check = _app.Services.CreateAsyncScope())
        {
            var user = await check.ServiceProvider.GetRequiredService<UserManager<KpiUser>>().FindByEmailAsync(Email);
            Assert.Equal(lockedAt.AddMinutes(15), user!.LockoutEnd);
            var audit = await check.ServiceProvider.GetRequiredService<KpiDbContext>().AuditEntries.Where(e => e.Actor == Email).ToListAsync();
            Assert.True(audit.Count(e => e.Action == "sign-in.failed") >= 4);
            Assert.Contains(audit, e => e.Action == "sign-in.locked-out");
            Assert.All(audit, e => Assert.Equal(RemoteAddressStartupFilter.Address.ToString(), e.Address));
        }

        _clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Locked, (await SignInAsync(client, SecurityFixture.TestPassword)).StatusCode);

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, SecurityFixture.TestPassword)).StatusCode);
    }
}
