using System.Net;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Reporting.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>/unsubscribe/{token} in the web app: GET asks, POST (RFC 8058 one-click) unsubscribes, a forged token is refused.</summary>
public sealed class UnsubscribeEndpointTests : DatabaseTest
{
    private KpiWebFactory app = null!;

    protected override Task SeedAsync()
    {
        app = new KpiWebFactory(Database)
        {
            Settings =
            {
                ["Startup:LoadDemoData"] = "false",
                ["Summaries:UnsubscribeKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            },
        };
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Get_asks_post_unsubscribes_and_a_tampered_token_is_refused()
    {
        var client = app.CreateClient();
        int id;
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<SubscriptionService>()
                .SaveAsync(new SubscriptionService.Input("pho@example.vn", "Nguyễn Văn A", "province:25", "vi"));
            id = result.Subscription!.Id;
            token = scope.ServiceProvider.GetRequiredService<UnsubscribeToken>().Create(id);
        }

        var page = await client.GetAsync($"/unsubscribe/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ngừng gửi báo cáo tháng (province:25) tới pho@example.vn?", await page.Content.ReadAsStringAsync());
        Assert.True(await IsActiveAsync(id));

        var forged = await client.PostAsync($"/unsubscribe/{token[..^1]}{(token[^1] == 'A' ? 'B' : 'A')}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(await IsActiveAsync(id));

        var oneClick = await client.PostAsync($"/unsubscribe/{token}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Contains("sẽ không nhận báo cáo tháng", await oneClick.Content.ReadAsStringAsync());
        Assert.False(await IsActiveAsync(id));
    }

    [Fact]
    public async Task A_link_sent_before_the_address_was_changed_neither_shows_nor_unsubscribes_the_new_address()
    {
        var client = app.CreateClient();
        int oldId, newId;
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var subscriptions = scope.ServiceProvider.GetRequiredService<SubscriptionService>();
            oldId = (await subscriptions.SaveAsync(new SubscriptionService.Input("cu@example.vn", "Chuyên viên cũ", "province:25", "vi"))).Subscription!.Id;
            token = scope.ServiceProvider.GetRequiredService<UnsubscribeToken>().Create(oldId);
            var changed = await subscriptions.UpdateAsync(oldId, new SubscriptionService.Input("moi@example.vn", "Chuyên viên mới", "province:25", "vi"));
            newId = changed.Subscription!.Id;
        }
        var page = await client.GetStringAsync($"/unsubscribe/{token}");
        Assert.DoesNotContain("moi@example.vn", page);
        var oneClick = await client.PostAsync($"/unsubscribe/{token}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.True(await IsActiveAsync(newId));
        Assert.False(await IsActiveAsync(oldId));
        Assert.NotEqual(oldId, newId);
    }

    private async Task<bool> IsActiveAsync(int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KpiDbContext>().Subscriptions.Where(s => s.Id == id).Select(s => s.IsActive).SingleAsync();
    }
}
