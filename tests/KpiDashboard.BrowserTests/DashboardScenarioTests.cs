using System.Globalization;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests;

/// <summary>What an official does: overview, another period, sort, down to a province, a field, a commune, then English.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardScenarioTests(BrowserApp app)
{
    [Fact]
    public async Task An_official_clicks_from_the_overview_down_to_a_commune_and_switches_language()
    {
        await using var context = await app.ContextAsync(null, 1280, 900);
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) blocked.Add(message.Text); };

        await page.GotoAsync(app.BaseUrl + "/");
        await SignInAsync(page, "analyst@demo.invalid", "DemoAnalyst2025");
        Assert.Equal("Tổng quan toàn quốc", await page.InnerTextAsync("h1"));
        Assert.NotEqual("—", await Tile(page, "received"));
        Assert.Contains("Dữ liệu minh họa", await page.InnerTextAsync("main"));
        await Shot(page, "1-overview");

        await page.SelectOptionAsync("#period", "2025-07");
        await page.ClickAsync("#apply");
        await page.WaitForURLAsync("**period=2025-07**");
        Assert.Equal("Tháng 7/2025", await page.InnerTextAsync("#period-name"));
        await Shot(page, "2-overview-july-2025");

        await page.ClickAsync("#provinces thead a[href*='sort=received']");
        await page.WaitForURLAsync("**sort=received**");
        var received = await page.Locator("#provinces tbody td[data-kpi='received']").AllInnerTextsAsync();
        var counts = received.Select(t => long.Parse(t.TrimEnd('*').Replace(".", ""), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(34, counts.Count);
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.Contains("▼", await page.InnerTextAsync("#provinces thead th[aria-sort='descending']"));
        await Shot(page, "3-provinces-by-received");

        await page.ClickAsync("#provinces tbody a:text-is('Phú Thọ')");
        await page.WaitForURLAsync("**/provinces/25**");
        Assert.Contains("Phú Thọ", await page.InnerTextAsync("h1"));
        Assert.Equal("91", await Tile(page, "received"));
        Assert.Equal("73", await Tile(page, "resolved"));
        Assert.Equal("55", await page.InnerTextAsync(".tile [data-kpi='resolved_early']"));
        Assert.Equal("43", await page.InnerTextAsync("#fields tr[data-field='TSVTD'] td[data-kpi='received']"));
        Assert.Equal("34", await page.InnerTextAsync("#fields tr[data-field='SHTT'] td[data-kpi='received']"));
        Assert.True(await page.Locator("figure.chart img").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await Shot(page, "4-province-phu-tho");

        await page.ClickAsync("#fields tr[data-field='TSVTD'] a");
        await page.WaitForURLAsync("**/fields/TSVTD**");
        Assert.Contains("Tần số vô tuyến điện", await page.InnerTextAsync("h1"));
        Assert.Equal("43", await page.InnerTextAsync("#provinces tr[data-province='25'] td[data-kpi='received']"));
        await Shot(page, "5-field-radio-frequencies");

        await page.ClickAsync("#provinces tr[data-province='25'] a");
        await page.WaitForURLAsync("**/provinces/25**");
        await page.SelectOptionAsync("#period", "2025-06");
        await page.ClickAsync("#apply");
        await page.WaitForURLAsync("**period=2025-06**");
        await page.FillAsync("#commune-search", "tan hoa");
        await page.PressAsync("#commune-search", "Enter");
        await page.WaitForURLAsync("**q=tan**");
        Assert.Equal(1, await page.Locator("#commune-table tbody tr").CountAsync());
        Assert.Contains("1/3", await page.InnerTextAsync("#completeness"));
        await Shot(page, "6-province-communes");

        await page.ClickAsync("#commune-table a:text-is('Phường Tân Hòa')");
        await page.WaitForURLAsync($"**/communes/{BrowserApp.CommuneTanHoa}**");
        Assert.Contains("Phường Tân Hòa", await page.InnerTextAsync("h1"));
        Assert.Equal("25", await Tile(page, "received"));
        Assert.Equal("19", await Tile(page, "resolved"));
        await Shot(page, "7-commune-tan-hoa");

        await page.ClickAsync("#lang-switch");
        await page.WaitForURLAsync("**lang=en**");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("June 2025", await page.InnerTextAsync("#period-name"));
        Assert.Contains("Received", await page.InnerTextAsync(".tile[data-kpi='received']"));
        Assert.Equal("25", await Tile(page, "received"));
        await Shot(page, "8-commune-english");

        // The cookie keeps English on a link without ?lang.
        await page.GotoAsync(app.BaseUrl + "/?period=2025-07");
        Assert.Equal("National overview", await page.InnerTextAsync("h1"));
        Assert.Contains(",", await Tile(page, "received"));
        await Shot(page, "9-overview-english");
        Assert.Empty(blocked);
    }

    [Fact]
    public async Task The_Phu_Tho_officer_of_the_demo_sees_Phu_Tho_and_nothing_else()
    {
        await using var context = await app.ContextAsync(null, 1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/?period=2025-07");
        Assert.Contains("phutho@demo.invalid", await page.InnerTextAsync("#demo-accounts"));
        await SignInAsync(page, "phutho@demo.invalid", "DemoPhuTho2025");
        await page.WaitForURLAsync("**period=2025-07**");
        Assert.Equal(["Phú Thọ"], await page.Locator("#provinces tbody th").AllInnerTextsAsync());
        Assert.Equal("91", await Tile(page, "received"));
        await Shot(page, "10-phu-tho-officer-overview");

        var other = await page.GotoAsync(app.BaseUrl + "/provinces/42");
        Assert.Equal(403, other!.Status);
        await Shot(page, "11-phu-tho-officer-denied-ha-tinh");

        await page.ClickAsync("#sign-out button");
        await page.WaitForURLAsync("**/account/sign-in**");
    }

    /// <summary>On the sign-in page the dashboard sent us to: fill in the form and wait to be sent back.</summary>
    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.WaitForURLAsync("**/account/sign-in**");
        Assert.Equal("Đăng nhập", await page.InnerTextAsync("h1"));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in-submit");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    private static Task<string> Tile(IPage page, string kpi) => page.InnerTextAsync($".tile[data-kpi='{kpi}'] .value");

    private Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, name + ".png"), FullPage = true });
}
