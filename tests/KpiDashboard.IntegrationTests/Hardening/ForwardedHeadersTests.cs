using System.Net;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>
/// Behind a TLS-terminating proxy listed in Security:ForwardedHeaders, every form page renders (antiforgery and secure cookies
/// see https) and the client's address is the forwarded one; the same headers from any other address are ignored.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Client = "198.51.100.9";

    private static readonly string[] FormPages =
    [
        "/?period=2025-07", "/ranking", "/reports", "/reported", "/admin/users", "/admin/tokens", "/admin/audit", "/admin/outbox",
        "/admin/subscriptions", "/admin/subscriptions/new", "/admin/subscriptions/import", "/Admin/Sources",
    ];

    private static BrowserSession Behind(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app) => new(HardeningApp.Raw(app))
    {
        Headers = { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = Client },
    };

    [Theory]
    [InlineData("KnownProxies", "203.0.113.7")]
    [InlineData("KnownNetworks", "203.0.113.0/24")]
    public async Task In_Production_behind_a_configured_proxy_every_form_page_renders(string setting, string value)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = HardeningApp.Create(db, "Production", null, ($"Security:ForwardedHeaders:{setting}:0", value));
        _ = app.Server;
        await HardeningApp.AddAccountAsync(app, "admin@test.invalid", Roles.Admin);
        var session = Behind(app);

        var signIn = await session.PostFormAsync("/account/sign-in", "/account/sign-in", ("email", "admin@test.invalid"), ("password", SecurityFixture.TestPassword));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.All(session.SetCookies.Where(c => c.StartsWith("kpi-", StringComparison.Ordinal)), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        var wrong = new List<string>();
        foreach (var page in FormPages)
        {
            var response = await session.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK) wrong.Add($"{page}: {(int)response.StatusCode}");
        }
        Assert.Empty(wrong);
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync("/ranking", "/account/sign-out")).StatusCode);

        await using var context = db.Open();
        var entry = await context.AuditEntries.SingleAsync(e => e.Actor == "admin@test.invalid" && e.Action == "sign-in");
        Assert.Equal(Client, entry.Address);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_not_configured_are_ignored()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = HardeningApp.Create(db, "Development", null, ("Security:ForwardedHeaders:KnownProxies:0", "192.0.2.1"), ("Security:DemoMode", "false"));
        _ = app.Server;
        var session = Behind(app);
        var failed = await session.PostFormAsync("/account/sign-in", "/account/sign-in", ("email", "who@test.invalid"), ("password", "WrongPassword1"));
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        // Still plain http to the app: the antiforgery cookie is not marked secure in Development.
        Assert.DoesNotContain("secure", session.SetCookies.Single(c => c.StartsWith("kpi-af=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        await using var scope = app.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<KpiDbContext>().AuditEntries.SingleAsync(e => e.Actor == "who@test.invalid");
        Assert.Equal(RemoteAddressStartupFilter.Address.ToString(), entry.Address);
    }

    [Fact]
    public async Task A_proxy_setting_that_is_not_an_address_stops_the_start()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = HardeningApp.Create(db, "Development", null, ("Security:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99"));
        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Security:ForwardedHeaders:KnownNetworks", e.ToString());
    }
}
