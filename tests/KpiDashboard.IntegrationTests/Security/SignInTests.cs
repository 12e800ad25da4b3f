using System.Net;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

[Collection(SecurityCollection.Name)]
public sealed class SignInTests(SecurityFixture app)
{
    [Fact]
    public async Task A_sign_in_is_audited_and_the_cookie_is_http_only_and_same_site()
    {
        var client = app.Anonymous();
        var (email, password) = SecurityFixture.Credentials(Who.Viewer);
        var response = await Forms.PostAsync(client, "/account/sign-in?returnUrl=%2Franking", "/account/sign-in", ("email", email), ("password", password), ("returnUrl", "/ranking"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ranking", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kpi-auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<KpiDbContext>().AuditEntries.AnyAsync(e => e.Actor == email && e.Action == "sign-in"));
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var client = app.Anonymous();
        var (email, password) = SecurityFixture.Credentials(Who.Viewer);
        var response = await Forms.PostAsync(client, "/account/sign-in", "/account/sign-in", ("email", email), ("password", password), ("returnUrl", "https://evil.example/"));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        var client = await app.ClientAsync(Who.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ranking")).StatusCode);
        var response = await Forms.PostAsync(client, "/ranking", "/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Outcome.SignIn, RouteMatrixTests.Classify(await client.GetAsync("/ranking")));
    }

    [Fact]
    public async Task The_demo_sign_in_page_shows_the_demo_accounts_in_Vietnamese_first()
    {
        var html = await app.Anonymous().GetStringAsync("/account/sign-in");
        Assert.Contains("Đăng nhập", html);
        Assert.Contains("phutho@demo.invalid", html);
        Assert.Contains("DemoPhuTho2025", html);
        Assert.Contains("Sign in", await app.Anonymous().GetStringAsync("/account/sign-in?lang=en"));
    }

    [Fact]
    public async Task A_role_change_reaches_a_signed_in_user_through_the_security_stamp()
    {
        const string email = "promoted@test.invalid";
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(email, Roles.ProvinceOfficer, ["42"], SecurityFixture.TestPassword, "test")).Succeeded);
        var client = app.Anonymous();
        await SecurityFixture.SignInAsync(client, email, SecurityFixture.TestPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/provinces/25")).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().SetProvincesAsync(email, ["25"], "test")).Succeeded);
        // The stamp is checked once a minute; a fresh sign-in shows the principal the factory builds from the new stamp.
        await SecurityFixture.SignInAsync(client, email, SecurityFixture.TestPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/provinces/25")).StatusCode);
    }
}
