using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests;

/// <summary>
/// Every page on a desk (1366×900) and a phone (390×844), in Vietnamese and English: the page never scrolls
/// sideways, axe finds nothing serious or critical, and on paper the navigation is gone. A screenshot of each page
/// at both sizes lands in TestResults/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageDesignTests(BrowserApp app, HistoryBrowserApp history) : IClassFixture<HistoryBrowserApp>
{
    private const string Analyst = "analyst@demo.invalid";
    private const string Admin = "admin@demo.invalid";
    private const string Officer = "phutho@demo.invalid";

    public static TheoryData<string, string, string?, int> Pages() => new()
    {
        { "overview", "/?period=2025-07", Analyst, 200 },
        { "ranking", "/ranking?period=2025-07", Analyst, 200 },
        { "province", "/provinces/25?period=2025-06", Analyst, 200 },
        { "field", "/fields/TSVTD?period=2025-07", Analyst, 200 },
        { "commune", $"/communes/{BrowserApp.CommuneTanHoa}?period=2025-06", Analyst, 200 },
        { "reports", "/reports?report=form06&province=25&period=2025-07", Analyst, 200 },
        { "reported", "/reported", Analyst, 200 },
        { "reconcile", "/reported/reconcile?province=25&period=2025-07", Analyst, 200 },
        { "entry", $"/submissions/entry?level=commune&unit={BrowserApp.CommuneTanHoa}&period=2025-06", Officer, 200 },
        { "review", $"/submissions/review?level=commune&unit={BrowserApp.CommuneTanHoa}&period=2025-06", Officer, 200 },
        { "sign-in", "/account/sign-in", null, 200 },
        { "not-found", "/provinces/99", Analyst, 404 },
        { "admin-users", "/admin/users", Admin, 200 },
        { "admin-tokens", "/admin/tokens", Admin, 200 },
        { "admin-sources", "/Admin/Sources", Admin, 200 },
        { "admin-audit", "/admin/audit", Admin, 200 },
        { "admin-subscriptions", "/admin/subscriptions", Admin, 200 },
        { "admin-subscription-new", "/admin/subscriptions/new", Admin, 200 },
        { "admin-subscription-edit", "/admin/subscriptions/{subscription}/edit", Admin, 200 },
        { "admin-subscription-preview", "/admin/subscriptions/{subscription}/preview?period=2025-07", Admin, 200 },
        { "admin-subscriptions-import", "/admin/subscriptions/import", Admin, 200 },
        { "admin-outbox", "/admin/outbox?period=2025-07", Admin, 200 },
        { "completeness", "/submissions?period=2025-07&level=commune&province=25", Analyst, 200 },
        { "admin-units", "/admin/units?q=Vĩnh Phúc", Admin, 200 },
        { "dossiers", "/dossiers?province=42&agencies=1&period=2025-07", Analyst, 200 },
        { "dossier-procedure", "/dossiers/procedures/1.004227?period=2025-07", Analyst, 200 },
        { "admin-calendar", "/admin/calendar?year=2025", Admin, 200 },
    };

    /// <summary>Pages of the units of before 1 July 2025, on an app that has them imported.</summary>
    public static TheoryData<string, string, string?, int> OldUnitsPages() => new()
    {
        { "old-province", "/provinces/26?period=2024-07", Analyst, 200 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task A_page_fits_a_desk_and_a_phone_and_passes_axe_in_both_languages(string name, string path, string? account, int status) =>
        CheckAsync(app, name, path, account, status);

    [Theory]
    [MemberData(nameof(OldUnitsPages))]
    public Task An_old_units_page_fits_a_desk_and_a_phone_and_passes_axe_in_both_languages(string name, string path, string? account, int status) =>
        CheckAsync(history, name, path, account, status);

    private static async Task CheckAsync(BrowserApp app, string name, string path, string? account, int status)
    {
        path = path.Replace("{subscription}", app.SubscriptionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var problems = new List<string>();
        foreach (var (width, height) in new[] { (1366, 900), (390, 844) })
        {
            await using var context = await app.ContextAsync(account, width, height);
            var page = await context.NewPageAsync();
            foreach (var lang in new[] { "vi", "en" })
            {
                var where = $"{name} {lang} {width}px";
                var response = await page.GotoAsync(app.BaseUrl + path + (path.Contains('?') ? "&" : "?") + "lang=" + lang);
                Assert.Equal(status, response!.Status);
                Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));

                var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
                var (scrollWidth, innerWidth) = (widths[0], widths[1]);
                if (scrollWidth > innerWidth) problems.Add($"{where}: the page is {scrollWidth}px wide, wider than the {innerWidth}px window");

                // The e-mail preview's sandboxed frame runs no script, so axe could never answer from it: the page only.
                foreach (var v in (await AxeCheck.ViolationsAsync(page)).Where(v => v.Impact is "serious" or "critical"))
                    problems.Add($"{where}: axe {v.Impact} {v.Id} ({v.Help}) at {v.Targets}");

                if (lang == "vi")
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, $"{name}-{width}.png"), FullPage = true });

                if (lang == "vi" && width == 1366)
                {
                    await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                    Assert.False(await page.IsVisibleAsync("header.top"), $"{where}: the top bar prints");
                    Assert.True(await page.IsVisibleAsync("h1"), $"{where}: the title does not print");
                    Assert.True(await page.IsVisibleAsync("footer.foot"), $"{where}: the data stamp does not print");
                    await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
