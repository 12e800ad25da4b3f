using KpiDashboard.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiDashboard.IntegrationTests.Web;

public sealed class WebStartTests
{
    [Fact]
    public async Task First_start_migrates_loads_demo_data_and_demo_accounts_and_shows_it_after_sign_in()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Kpi", db.ConnectionString));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(Security.Outcome.SignIn, Security.RouteMatrixTests.Classify(await client.GetAsync("/?period=2025-07")));
        var analyst = KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == "Analyst");
        await Security.SecurityFixture.SignInAsync(client, analyst.Email, analyst.Password);
        var html = await client.GetStringAsync("/?period=2025-07");
        Assert.Contains("Phú Thọ", html);
        Assert.Contains("dữ liệu minh họa", html);
        Assert.Equal("91", Html.Cell(html, "data-province", "25", "received"));
    }
}
