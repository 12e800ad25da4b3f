using System.Net;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Reporting.Email;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>The preview of a subscription's e-mail in the browser, "send a test to me", and the outbox page.</summary>
[Collection(AdminCollection.Name)]
public sealed class PreviewTests(AdminFixture fixture)
{
    private Task<HttpClient> Client() => fixture.ClientAsync();

    private async Task<Subscription> SubscribeAsync(string email, string scope, string lang = "vi")
    {
        await using var s = fixture.App.Services.CreateAsyncScope();
        var result = await s.ServiceProvider.GetRequiredService<SubscriptionService>().SaveAsync(new SubscriptionService.Input(email, "Nguyễn Thị Hằng", scope, lang));
        return result.Subscription ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task The_preview_shows_the_email_of_any_month_with_its_chart_served_by_the_app()
    {
        var sub = await SubscribeAsync("preview@example.vn", "province:25");
        var client = await Client();

        var page = await client.GetStringAsync($"/admin/subscriptions/{sub.Id}/preview?period=2025-07");
        Assert.Contains("Báo cáo tháng 7/2025: tình hình giải quyết hồ sơ – Tỉnh Phú Thọ", page);
        Assert.Contains("Biểu06_PhúThọ_2025-07.xlsx", page);
        Assert.Contains("href=\"/reports/download?report=form06&amp;period=2025-07&amp;province=25&amp;language=vi\"", page);
        Assert.Contains("List-Unsubscribe", page);
        Assert.Matches(@"Tiếp nhận trong kỳ\s+91\b", WebUtility.HtmlDecode(page));
        Assert.Contains($"src=\"/admin/subscriptions/{sub.Id}/preview/html?period=2025-07\"", page);
        Assert.DoesNotContain("style=", page);
        Assert.DoesNotContain("<script", page);

        var html = await client.GetAsync($"/admin/subscriptions/{sub.Id}/preview/html?period=2025-07");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single());
        var body = await html.Content.ReadAsStringAsync();
        Assert.DoesNotContain("cid:", body);
        Assert.Contains("<strong>91</strong>", body);
        var src = WebUtility.HtmlDecode(Regex.Match(body, "<img src=\"([^\"]+)\"").Groups[1].Value);
        Assert.StartsWith($"/admin/subscriptions/{sub.Id}/preview/part?period=2025-07&cid=", src);
        var chart = await client.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await chart.Content.ReadAsByteArrayAsync())[..4]);

        // Another month, and a month that is not one.
        Assert.Contains("tháng 6/2025", await client.GetStringAsync($"/admin/subscriptions/{sub.Id}/preview?period=2025-06"));
        var quarter = await client.GetAsync($"/admin/subscriptions/{sub.Id}/preview?period=2025-Q3");
        Assert.Equal(HttpStatusCode.BadRequest, quarter.StatusCode);
        Assert.Contains("Thư báo cáo theo tháng", await quarter.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/subscriptions/{sub.Id}/preview/part?period=2025-07&cid=nope")).StatusCode);
    }

    [Fact]
    public async Task Send_a_test_delivers_to_the_signed_in_admin_only_and_leaves_the_outbox_alone()
    {
        var sub = await SubscribeAsync("real.subscriber@example.vn", "commune:" + Web.WebFixture.CommuneTanHoa, "en");
        var client = await Client();
        var before = fixture.Smtp.Messages.Count;

        var response = await Forms.PostAsync(client, $"/admin/subscriptions/{sub.Id}/preview?period=2025-06",
            $"/admin/subscriptions/{sub.Id}/preview/test", ("period", "2025-06"), ("to", "Admin@Example.vn"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-result=\"sent\"", await response.Content.ReadAsStringAsync());

        var received = Assert.Single(fixture.Smtp.Messages.Skip(before));
        // Signed in, the test goes to the admin's own address, whatever the form says.
        var admin = KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == KpiDashboard.Metrics.Accounts.Roles.Admin);
        Assert.Equal([admin.Email.ToLowerInvariant()], received.Recipients);
        Assert.StartsWith(KpiDashboard.Web.Admin.EmailPreview.TestSubjectPrefix + "Report for June 2025", received.Message.Subject);
        Assert.DoesNotContain("real.subscriber", received.Message.To.ToString());
        await using var s = fixture.App.Services.CreateAsyncScope();
        var db = s.ServiceProvider.GetRequiredService<Metrics.Data.KpiDbContext>();
        Assert.DoesNotContain(db.OutboxMessages, m => m.SubscriptionId == sub.Id);
    }

    [Fact]
    public async Task The_outbox_lists_statuses_and_the_last_smtp_reply()
    {
        var sent = await SubscribeAsync("outbox.ok@example.vn", "province:25");
        var refused = await SubscribeAsync("outbox.refused@example.vn", "nation");
        fixture.Smtp.RecipientReply = to => to.Contains("refused", StringComparison.Ordinal) ? "550 5.1.1 mailbox unavailable" : null;
        try
        {
            await using var s = fixture.App.Services.CreateAsyncScope();
            var outbox = s.ServiceProvider.GetRequiredService<SummaryOutbox>();
            await outbox.EnqueueAsync(new Metrics.Periods.Month(2025, 5), "outbox.ok@example.vn");
            await outbox.EnqueueAsync(new Metrics.Periods.Month(2025, 5), "outbox.refused@example.vn");
            await outbox.ProcessAsync(new Metrics.Periods.Month(2025, 5));
        }
        finally
        {
            fixture.Smtp.RecipientReply = _ => null;
        }

        var html = await (await Client()).GetStringAsync("/admin/outbox?period=2025-05");
        Assert.Matches("data-status=\"sent\">Đã gửi: [1-9]", html);
        var rows = Regex.Matches(html, "<tr data-outbox=\"\\d+\" data-status=\"(\\w+)\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.Equal("sent", rows.Single(r => r.Groups[2].Value.Contains("outbox.ok@example.vn")).Groups[1].Value);
        var refusedRow = Regex.Match(html, "<tr data-outbox=\"\\d+\" data-status=\"queued\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("outbox.refused@example.vn", refusedRow);
        Assert.Contains("550 5.1.1 mailbox unavailable", refusedRow);
        Assert.Contains($"/admin/subscriptions/{refused.Id}/preview?period=2025-05", refusedRow);

        var onlyQueued = await (await Client()).GetStringAsync("/admin/outbox?status=queued&period=2025-05");
        Assert.DoesNotContain("data-status=\"sent\"><", onlyQueued);
        Assert.DoesNotContain($"/admin/subscriptions/{sent.Id}/preview", onlyQueued);
    }
}
