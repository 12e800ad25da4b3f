using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests;

/// <summary>
/// A province officer enters a commune's report in Chromium (draft, an identity error shown at its cell, fixed,
/// submitted), approves it on the review page, and the dashboard shows the figures and counts the report approved;
/// the same with JavaScript off, the form working on its own. Each run uses a commune and month no other test reads.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EntryScenarioTests(BrowserApp app)
{
    private const string Officer = "phutho@demo.invalid";

    [Theory]
    [InlineData(true, "04828", "2025-05")]
    [InlineData(false, "04795", "2025-04")]
    public async Task An_officer_enters_fixes_submits_approves_and_the_dashboard_shows_it(bool javaScript, string commune, string month)
    {
        await using var context = await app.ContextAsync(Officer, 1366, 900);
        await using var noScript = javaScript ? null : await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            JavaScriptEnabled = false,
            StorageState = await context.StorageStateAsync(),
        });
        noScript?.SetDefaultTimeout(90_000);
        var page = await (noScript ?? context).NewPageAsync();
        var shot = javaScript ? "entry-js" : "entry-nojs";
        var province = $"{app.BaseUrl}/provinces/25?period={month}";

        await page.GotoAsync(province);
        var approvedBefore = Approved(await page.InnerTextAsync("#reporting-status"));

        await page.GotoAsync($"{app.BaseUrl}/submissions/entry?level=commune&unit={commune}&period={month}");
        await Fill(page, "5", "4", "1");
        await page.ClickAsync("#save-draft");
        await page.WaitForSelectorAsync("#done");
        Assert.Equal("11", await page.InputValueAsync("#c_TSVTD_4"));
        // Left empty: unknown, never 0.
        Assert.Equal("", await page.InputValueAsync("#c_SHTT_4"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, $"{shot}-1-draft.png"), FullPage = true });

        await Fill(page, "9", "4", "1");
        await page.ClickAsync("#submit-report");
        await page.WaitForSelectorAsync("#entry-errors");
        Assert.Equal("true", await page.GetAttributeAsync("#c_TSVTD_6", "aria-invalid"));
        Assert.Contains("err_TSVTD_6", await page.GetAttributeAsync("#c_TSVTD_6", "aria-describedby") ?? "");
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#err_TSVTD_6")));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, $"{shot}-2-error.png"), FullPage = true });

        await page.FillAsync("#c_TSVTD_6", "5");
        await page.ClickAsync("#submit-report");
        await page.WaitForSelectorAsync("#done");
        Assert.Contains("Đã gửi báo cáo", await page.InnerTextAsync("#done"));

        await page.ClickAsync("#review-link");
        await page.WaitForSelectorAsync("#approve");
        await page.ClickAsync("#approve");
        await page.WaitForSelectorAsync("#done");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, $"{shot}-3-approved.png"), FullPage = true });

        await page.GotoAsync($"{app.BaseUrl}/communes/{commune}?period={month}");
        Assert.Equal("16", await page.InnerTextAsync(".tile[data-kpi='received'] .value"));
        await page.GotoAsync(province);
        Assert.Equal(approvedBefore + 1, Approved(await page.InnerTextAsync("#reporting-status")));
    }

    /// <summary>TSVTD's row: received 11 online and 5 offline, carried over as given, resolved 13/3/0, pending as given.</summary>
    private static async Task Fill(IPage page, string carriedOver, string within, string overdue)
    {
        foreach (var (column, value) in new[] { (4, "11"), (5, "5"), (6, carriedOver), (8, "13"), (9, "3"), (10, "0"), (12, within), (13, overdue) })
            await page.FillAsync($"#c_TSVTD_{column}", value);
    }

    /// <summary>The approved count of the status line ("… 1/3 xã, phường đã duyệt …").</summary>
    private static int Approved(string status) => int.Parse(ApprovedCount().Match(status).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d+)/\d+[^/0-9]*?(?:đã duyệt|approved)")]
    private static partial Regex ApprovedCount();
}
