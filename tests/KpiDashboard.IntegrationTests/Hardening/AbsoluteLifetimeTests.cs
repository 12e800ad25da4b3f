using System.Net;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>A sign-in ends after Security:SessionAbsoluteHours however busy the session keeps its sliding cookie.</summary>
public sealed class AbsoluteLifetimeTests
{
    [Fact]
    public async Task A_busy_session_still_ends_at_the_absolute_lifetime()
    {
        await using var db = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 8, 10, 0, 0, 0, TimeSpan.Zero));
        await using var app = HardeningApp.Create(db, "Development", s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)),
            ("Security:SessionAbsoluteHours", "12"), ("Security:DemoMode", "false"));
        _ = app.Server;
        await HardeningApp.AddAccountAsync(app, "busy@test.invalid", Roles.Viewer);
        var session = new BrowserSession(HardeningApp.Raw(app));
        Assert.Equal(HttpStatusCode.Redirect,
            (await session.PostFormAsync("/account/sign-in", "/account/sign-in", ("email", "busy@test.invalid"), ("password", SecurityFixture.TestPassword))).StatusCode);

        // Every five hours a request: the eight-hour sliding cookie never runs out, the twelve-hour sign-in does.
        foreach (var hours in new[] { 5, 5 })
        {
            clock.Advance(TimeSpan.FromHours(hours));
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/ranking")).StatusCode);
        }
        clock.Advance(TimeSpan.FromHours(5));
        Assert.True(BrowserSession.IsSignInRedirect(await session.GetAsync("/ranking")));
    }

    [Fact]
    public async Task The_absolute_lifetime_is_checked_at_start()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = HardeningApp.Create(db, "Development", null, ("Security:SessionAbsoluteHours", "0"));
        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Security:SessionAbsoluteHours", e.ToString());
    }
}
