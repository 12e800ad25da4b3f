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

        // An old province's page says where it went.
        var gone = await client.GetAsync("/provinces/26");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("Tỉnh Vĩnh Phúc (26) đã sáp nhập vào Tỉnh Phú Thọ (25) từ 01/07/2025.", await gone.Content.ReadAsStringAsync());

        // The ranking of a month before July 2025: today's 34 on comparable figures by default, or the 63 old provinces.
        var ranking = await client.GetStringAsync("/ranking?period=2024-07");
        Assert.Equal(34, Rows(ranking));
        Assert.Contains("units=old", ranking);
        var old = await client.GetStringAsync("/ranking?period=2024-07&units=old");
        Assert.Equal(63, Rows(old));
        Assert.Contains("<b>63 tỉnh cũ</b>", old);
        // No choice for a month of today's units.
        Assert.DoesNotContain("units-choice", await client.GetStringAsync("/ranking?period=2025-07&units=old"));

        // Last: the English switch is a cookie, kept by the client for the requests after it.
        var english = await client.GetStringAsync("/provinces/25?period=2025-07&lang=en");
        Assert.Contains("From 01/07/2025: Phú Thọ, Hòa Bình and Vĩnh Phúc.", english);

        await using var context = db.Open();
        Assert.Equal(63, await context.Provinces.IgnoreQueryFilters().CountAsync(p => p.ValidTo != null));
        Assert.Equal(34, await context.Provinces.CountAsync());
    }

    private static int Rows(string html) => System.Text.RegularExpressions.Regex.Count(html, "<tr data-province=");
}
