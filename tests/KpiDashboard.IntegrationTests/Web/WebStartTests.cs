using KpiDashboard.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Web;

public sealed class WebStartTests
{
    [Fact]
    public async Task First_start_migrates_loads_demo_data_and_demo_accounts_and_shows_it_after_sign_in()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var factory = new KpiWebFactory(db) { Settings = { ["Startup:UnitsFile"] = RepositoryPaths.SharedData("vn-admin-units-2025.json") } };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(Security.Outcome.SignIn, Security.RouteMatrixTests.Classify(await client.GetAsync("/?period=2025-07")));
        var analyst = KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == "Analyst");
        await Security.SecurityFixture.SignInAsync(client, analyst.Email, analyst.Password);
        var html = await client.GetStringAsync("/?period=2025-07");
        Assert.Contains("Phú Thọ", html);
        Assert.Contains("dữ liệu minh họa", html);
        // With the commune list the demo has commune figures too: the seed article's 91 are the provincial agencies'.
        var province = await client.GetStringAsync("/provinces/25?period=2025-07");
        Assert.Equal("91", Html.Cell(province, "data-level", "agencies", "received"));
        Assert.Equal(Html.Cell(province, "data-level", "total", "received"), Html.Cell(html, "data-province", "25", "received"));
        await using var context = db.Open();
        var batch = Assert.Single(await context.Batches.ToListAsync());
        Assert.True(batch.IsDemo);
        Assert.Equal(batch.Inserted, await context.Facts.CountAsync(f => f.IsDemo));
        Assert.Equal(3321, await context.Communes.CountAsync());
    }
}
