using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests;

/// <summary>The page design tests' axe runner reports what axe finds: an image without a text alternative and a nameless button.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeCheckTests(BrowserApp app)
{
    [Fact]
    public async Task The_runner_reports_the_violations_of_a_broken_page_with_their_impact_and_place()
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="vi"><head><title>Thử</title></head>
            <body><main><h1>Thử</h1><img id="chart" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button id="go"></button></main></body></html>
            """);

        var violations = await AxeCheck.ViolationsAsync(page);

        var image = Assert.Single(violations, v => v.Id == "image-alt");
        Assert.Equal("critical", image.Impact);
        Assert.Contains("#chart", image.Targets);
        var button = Assert.Single(violations, v => v.Id == "button-name");
        Assert.Equal("critical", button.Impact);
        Assert.Contains("#go", button.Targets);
    }
}
