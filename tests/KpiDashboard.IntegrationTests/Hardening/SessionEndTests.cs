using System.Net;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Metrics.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>A session ends for every copy of its cookie: on sign-out and when the account is removed, at once.</summary>
[Collection(SecurityCollection.Name)]
public sealed class SessionEndTests(SecurityFixture app)
{
    private HttpClient Raw() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(email, Roles.Viewer, [], SecurityFixture.TestPassword, "test")).Succeeded);
        var session = new BrowserSession(Raw());
        var signIn = await session.PostFormAsync("/account/sign-in", "/account/sign-in", ("email", email), ("password", SecurityFixture.TestPassword));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return session;
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var session = await SignedInAsync("copied@test.invalid");
        var copy = session.CopyTo(Raw());
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/ranking")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync("/ranking", "/account/sign-out")).StatusCode);

        Assert.True(BrowserSession.IsSignInRedirect(await copy.GetAsync("/ranking")));
        Assert.True(BrowserSession.IsSignInRedirect(await copy.GetAsync("/reports")));
    }

    [Fact]
    public async Task A_removed_accounts_cookie_is_refused_at_once()
    {
        const string email = "removed@test.invalid";
        var session = await SignedInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/ranking")).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().RemoveAsync(email, "test")).Succeeded);
        Assert.True(BrowserSession.IsSignInRedirect(await session.GetAsync("/ranking")));
    }
}
