using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.IntegrationTests.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.History;

public sealed class HistoryPagesTests
{
    [Fact]
    public async Task The_first_start_imports_the_old_units_and_a_province_page_says_where_it_came_from()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var factory = new KpiWebFactory(db)
        {
            Settings =
            {
                ["Startup:UnitsFile"] = RepositoryPaths.SharedData("vn-admin-units-2025.json"),
                ["Startup:UnitsHistoryFolder"] = HistoryUnits.Folder,
            },
        };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var analyst = KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == "Analyst");
        await Security.SecurityFixture.SignInAsync(client, analyst.Email, analyst.Password);

        var page = await client.GetStringAsync("/provinces/25?period=2025-07");
        Assert.Contains("Từ 01/07/2025: Phú Thọ, Hòa Bình và Vĩnh Phúc.", page);
        // The seed article's figures of July 2025 are untouched by the history.
        Assert.Equal("91", Html.Cell(page, "data-level", "agencies", "received"));
        var english = await client.GetStringAsync("/provinces/25?period=2025-07&lang=en");
        Assert.Contains("From 01/07/2025: Phú Thọ, Hòa Bình and Vĩnh Phúc.", english);

        await using var context = db.Open();
        Assert.Equal(63, await context.Provinces.IgnoreQueryFilters().CountAsync(p => p.ValidTo != null));
        Assert.Equal(34, await context.Provinces.CountAsync());
    }
}
