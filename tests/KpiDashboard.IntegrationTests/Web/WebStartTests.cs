using KpiDashboard.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiDashboard.IntegrationTests.Web;

public sealed class WebStartTests
{
    [Fact]
    public async Task First_start_migrates_loads_demo_data_and_shows_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in db.Settings) b.UseSetting(key, value);
        });
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/?period=2025-07");
        Assert.Contains("Phú Thọ", html);
        Assert.Contains("dữ liệu minh họa", html);
        Assert.Contains("<td>91</td>", html);
    }
}
