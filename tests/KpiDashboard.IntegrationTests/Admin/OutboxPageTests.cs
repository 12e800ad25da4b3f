using System.Globalization;
using System.Net;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>/admin/outbox shows a message that may have been delivered, and only an Admin's requeue sends it again.</summary>
[Collection(AdminCollection.Name)]
public sealed class OutboxPageTests(AdminFixture fixture)
{
    private async Task<T> WithDbAsync<T>(Func<KpiDbContext, Task<T>> action)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<KpiDbContext>());
    }

    private Task<long> AddAsync(string email, OutboxStatus status) => WithDbAsync(async db =>
    {
        var subscription = new Subscription { Email = email, DisplayName = email, Scope = "province:25", Language = "vi", CreatedUtc = DateTimeOffset.UtcNow };
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync();
        var row = new OutboxMessage
        {
            SubscriptionId = subscription.Id, Period = "2025-06", Status = status, Attempts = 1, CreatedUtc = DateTimeOffset.UtcNow,
            NextAttemptUtc = DateTimeOffset.UtcNow, MessageId = $"summary-x-{email}", LeaseOwner = "gone/1/abc",
            SentUtc = status == OutboxStatus.Sent ? DateTimeOffset.UtcNow : null, LastError = status == OutboxStatus.Sent ? null : "gửi dở dang / interrupted while sending",
        };
        db.OutboxMessages.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });

    [Fact]
    public async Task An_uncertain_message_is_shown_with_a_requeue_button_and_requeued_only_by_that_post()
    {
        var uncertain = await AddAsync($"uncertain-{Guid.NewGuid():N}@example.vn", OutboxStatus.Uncertain);
        var sent = await AddAsync($"sent-{Guid.NewGuid():N}@example.vn", OutboxStatus.Sent);
        var client = await fixture.ClientAsync();
        var id = uncertain.ToString(CultureInfo.InvariantCulture);

        var page = await client.GetStringAsync("/admin/outbox?status=uncertain");
        var row = Web.Html.Row(page, "data-outbox", id);
        Assert.Contains("Không rõ đã gửi", row);
        Assert.Contains($"action=\"/admin/outbox/{id}/requeue\"", row);
        Assert.Contains("id=\"uncertain-note\"", page);
        Assert.DoesNotContain("/requeue", Web.Html.Row(await client.GetStringAsync("/admin/outbox?status=sent"), "data-outbox", sent.ToString(CultureInfo.InvariantCulture)));

        var requeued = await Forms.PostAsync(client, "/admin/outbox", $"/admin/outbox/{id}/requeue");
        Assert.Equal(HttpStatusCode.Redirect, requeued.StatusCode);
        var after = await WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == uncertain));
        Assert.Equal((OutboxStatus.Queued, (string?)null), (after.Status, after.LeaseOwner));
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "outbox.requeue" && a.Details == id)));

        // A sent message (or one already requeued) is refused and left as it is.
        var again = await Forms.PostAsync(client, "/admin/outbox", $"/admin/outbox/{id}/requeue");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var refused = await Forms.PostAsync(client, "/admin/outbox", $"/admin/outbox/{sent}/requeue");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(OutboxStatus.Sent, (await WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == sent))).Status);
    }
}
