using System.Net;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>The overview and province pages say how many of the month's reports were approved, sent and missing.</summary>
public sealed class ReportingStatusPageTests : IAsyncLifetime
{
    private readonly WebFixture _app = new();

    public async Task InitializeAsync()
    {
        _app.Settings["Startup:LoadDemoData"] = "false";
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_month_shows_the_provinces_on_the_overview_and_the_communes_on_the_province_page()
    {
        await _app.IngestAsync(Csv.Header + "2025-06,25,,SHTT,20,14,6,20,7,0,12,1\n", "phu-tho-agencies.csv");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var approval = scope.ServiceProvider.GetRequiredService<SubmissionApproval>();
            Assert.True((await approval.ActAsync(SubmissionAction.Approve, WebFixture.CommuneTanHoa, null, new Month(2025, 6), null, "p")).Succeeded);
        }
        var client = _app.CreateClient();

        var overview = WebUtility.HtmlDecode(await client.GetStringAsync("/?period=2025-06"));
        Assert.Matches(@"0/34 tỉnh, thành phố đã duyệt</strong>,\s*1 đã gửi,\s*33 chưa báo cáo\s*\(hạn 20/06/2025\)", overview);

        var province = WebUtility.HtmlDecode(await client.GetStringAsync("/provinces/25?period=2025-06"));
        Assert.Matches(@"1/3 xã, phường đã duyệt</strong>,\s*1 đã gửi,\s*1 chưa báo cáo\s*\(hạn 16/06/2025\)", province);

        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/?period=2025-06&lang=en"));
        // Dates keep the day first in English: "6/20/2025" would be read as the 6th of the 20th month.
        Assert.Matches(@"0/34 provinces approved</strong>,\s*1 submitted,\s*33 missing\s*\(due 20/06/2025\)", english);

        Assert.DoesNotContain("reporting-status", await client.GetStringAsync("/?period=2025-Q2"));
    }
}
