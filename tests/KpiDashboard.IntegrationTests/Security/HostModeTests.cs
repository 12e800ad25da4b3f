using System.Net;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Start-up rules of the environments: demo accounts, Production, public read-only mode, rate limits.</summary>
public sealed class HostModeTests
{
    private static KpiWebFactory App(TestDatabase db, string environment, params (string Key, string Value)[] settings)
    {
        var app = new KpiWebFactory(db) { EnvironmentName = environment, Settings = { ["Startup:LoadDemoData"] = "true" } };
        foreach (var (key, value) in settings) app.Settings[key] = value;
        return app;
    }

    [Fact]
    public async Task Production_creates_no_demo_account_and_refuses_to_start_when_one_exists()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var production = App(db, "Production"))
        {
            _ = production.Server;
            await using var context = db.Open();
            Assert.False(await context.Users.AnyAsync(u => u.IsDemo));
        }
        await using (var development = App(db, "Development"))
        {
            _ = development.Server;
            await using var context = db.Open();
            Assert.Equal(DemoAccountCount, await context.Users.CountAsync(u => u.IsDemo));
        }
        await using var again = App(db, "Production");
        var e = Assert.ThrowsAny<Exception>(() => again.Server);
        Assert.Contains("demo accounts exist in Production", e.ToString());
    }

    private static int DemoAccountCount => KpiDashboard.Web.Security.DemoAccount.All.Count;

    [Fact]
    public async Task Demo_mode_cannot_be_switched_on_in_Production()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = App(db, "Production", ("Security:DemoMode", "true"));
        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Security:DemoMode", e.ToString());
    }

    [Fact]
    public async Task Public_read_only_mode_shows_dashboards_but_not_admin_pages_the_api_or_imports()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = App(db, "Development", ("Security:PublicReadOnly", "true"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?period=2025-07")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/provinces/42?period=2025-07")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/charts/ranking.png?period=2025-07")).StatusCode);
        Assert.Equal(Outcome.SignIn, RouteMatrixTests.Classify(await client.GetAsync("/admin/users")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/figures")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/ingest", new StringContent("x"))).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = App(db, "Development", ("Security:SignInPermitsPerMinute", "3"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await Forms.PostAsync(client, "/account/sign-in", "/account/sign-in", ("email", "nobody@test.invalid"), ("password", "Wrong12345A"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Api_calls_are_rate_limited_per_token()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = App(db, "Development", ("Security:ApiPermitsPerMinute", "2"));
        _ = app.Server;
        string secret;
        await using (var scope = app.Services.CreateAsyncScope())
            secret = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("busy", Roles.Viewer, [], "test")).Secret;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.GetAsync("/api/figures?period=2025-07")).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var refused = await client.GetAsync("/api/figures?period=2025-07");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Outside_Development_cookies_are_secure_and_HSTS_is_sent()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = App(db, "Staging");
        _ = app.Server;
        var (email, password) = ("staging@test.invalid", SecurityFixture.TestPassword);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(email, Roles.Viewer, [], password, "test")).Succeeded);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://kpi.example.gov.vn") });
        var page = await client.GetAsync("/account/sign-in");
        Assert.Contains("max-age", string.Join(";", page.Headers.GetValues("Strict-Transport-Security")));
        var token = Forms.TokenIn(await page.Content.ReadAsStringAsync());
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent([new("email", email), new("password", password), new(Forms.TokenField, token)]));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kpi-auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await http.GetAsync("/health");
        Assert.True(redirect.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect or HttpStatusCode.OK);
    }
}
