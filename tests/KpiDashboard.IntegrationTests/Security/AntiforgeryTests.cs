using System.Net;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

[Collection(SecurityCollection.Name)]
public sealed class AntiforgeryTests(SecurityFixture app)
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/sign-out")]
    [InlineData("/admin/users/add")]
    [InlineData("/admin/tokens/create")]
    public async Task A_post_without_the_token_is_rejected(string url)
    {
        var admin = await app.ClientAsync(Who.Admin);
        var response = await admin.PostAsync(url, new FormUrlEncodedContent([new("email", "csrf@test.invalid"), new("password", "CsrfPassword2025"), new("role", "Admin"), new("name", "csrf")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "csrf@test.invalid"));
        Assert.False(await db.ApiTokens.AnyAsync(t => t.Name == "csrf"));
    }

    [Fact]
    public async Task An_admin_adds_a_user_and_creates_and_revokes_a_token_through_the_pages_and_the_audit_log_finds_it()
    {
        var admin = await app.ClientAsync(Who.Admin);
        var added = await Forms.PostAsync(admin, "/admin/users", "/admin/users/add",
            ("email", "new.officer@test.invalid"), ("password", "NewOfficer2025"), ("role", "ProvinceOfficer"), ("provinces", "25"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("new.officer@test.invalid", await added.Content.ReadAsStringAsync());
        var role = await Forms.PostAsync(admin, "/admin/users", "/admin/users/role", ("email", "new.officer@test.invalid"), ("role", "Viewer"));
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);

        var created = await Forms.PostAsync(admin, "/admin/tokens", "/admin/tokens/create", ("name", "province portal"), ("role", "ProvinceOfficer"), ("provinces", "25"));
        var page = await created.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "<code id=\"token-secret\">(kpi_[^<]+)</code>").Groups[1].Value;
        Assert.StartsWith("kpi_", secret);
        Assert.DoesNotContain(secret, await admin.GetStringAsync("/admin/tokens"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var id = (await scope.ServiceProvider.GetRequiredService<KpiDbContext>().ApiTokens.SingleAsync(t => t.Name == "province portal")).Id;
            Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(admin, "/admin/tokens", "/admin/tokens/revoke", ("id", id.ToString()))).StatusCode);
        }
        var machine = app.Anonymous();
        machine.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/figures")).StatusCode);

        var audit = await admin.GetStringAsync("/admin/audit?action=user.&actor=admin%40demo.invalid");
        Assert.Contains("user.add", audit);
        Assert.Contains("user.set-role", audit);
        Assert.DoesNotContain("token.create", audit);
        Assert.Contains("token.revoke", await admin.GetStringAsync($"/admin/audit?action=token.&from={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}"));
        Assert.DoesNotContain("token.revoke", await admin.GetStringAsync("/admin/audit?action=token.&to=2020-01-01"));
    }
}
