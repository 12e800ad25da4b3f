using System.Net;
using System.Text.RegularExpressions;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Metrics.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>Whether an address has an account does not show: the same answer to a wrong password, and the same lockout.</summary>
[Collection(SecurityCollection.Name)]
public sealed partial class AccountEnumerationTests(SecurityFixture app)
{
    private async Task<(HttpStatusCode Status, string Page)> TryAsync(string email, string password)
    {
        var response = await Security.Forms.PostAsync(app.Anonymous(), "/account/sign-in", "/account/sign-in", ("email", email), ("password", password));
        var page = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, AntiforgeryToken().Replace(page.Replace(email, "EMAIL", StringComparison.Ordinal), "TOKEN"));
    }

    private async Task CreateAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(email, Roles.Viewer, [], SecurityFixture.TestPassword, "test")).Succeeded);
    }

    [Fact]
    public async Task Unknown_and_known_addresses_get_the_same_answers_through_to_the_lockout()
    {
        const string known = "exists@test.invalid";
        const string unknown = "nobody-here@test.invalid";
        await CreateAsync(known);
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var k = await TryAsync(known, "WrongPassword1");
            var u = await TryAsync(unknown, "WrongPassword1");
            Assert.Equal(k.Status, u.Status);
            Assert.Equal(k.Page, u.Page);
            Assert.Equal(attempt < 5 ? HttpStatusCode.Unauthorized : HttpStatusCode.Locked, u.Status);
        }
        // Locked, the right password changes nothing for either.
        Assert.Equal(HttpStatusCode.Locked, (await TryAsync(known, SecurityFixture.TestPassword)).Status);
    }

    [Fact]
    public async Task Address_case_does_not_reset_the_count_of_an_unknown_address()
    {
        for (var attempt = 0; attempt < 5; attempt++) await TryAsync(attempt % 2 == 0 ? "Ghost@Test.invalid" : "ghost@test.invalid", "WrongPassword1");
        Assert.Equal(HttpStatusCode.Locked, (await TryAsync("GHOST@TEST.INVALID", "WrongPassword1")).Status);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryToken();
}
