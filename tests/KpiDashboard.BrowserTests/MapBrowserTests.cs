using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests;

/// <summary>The province map in Chromium: 34 linked provinces, both archipelagos drawn with a size, a click opens the province.</summary>
public sealed class MapBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_click_on_a_province_in_the_map_opens_its_page()
    {
        await using var context = await app.ContextAsync(null, 1366, 900);
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) blocked.Add(message.Text); };

        await page.GotoAsync(app.BaseUrl + "/?period=2025-07&kpi=online");
        await page.WaitForURLAsync("**/account/sign-in**");
        await page.FillAsync("#email", "analyst@demo.invalid");
        await page.FillAsync("#password", "DemoAnalyst2025");
        await page.ClickAsync("#sign-in-submit");
        // The map is in the page's HTML: the document is enough, without every chart image of an app still cold.
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });

        var links = page.Locator("svg.map a[href^='/provinces/']");
        Assert.Equal(34, await links.CountAsync());
        foreach (var archipelago in new[] { "hoang-sa", "truong-sa" })
        {
            var box = await page.Locator($"svg.map path[data-archipelago='{archipelago}']").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width > 20 && box.Height > 20, $"{archipelago} is drawn {box.Width}×{box.Height}");
        }
        await page.Locator("#map-provinces").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(app.Screenshots, "map-provinces.png") });

        // Hà Nội's outline holds the middle of its box, so the click lands on Hà Nội and not a neighbour.
        await page.Locator("svg.map a[data-code='01'] path").First.ClickAsync();
        await page.WaitForURLAsync("**/provinces/01?**");
        Assert.Contains("Hà Nội", await page.InnerTextAsync("h1"));
        Assert.Contains("kpi=online", page.Url);
        Assert.Empty(blocked);
    }
}
