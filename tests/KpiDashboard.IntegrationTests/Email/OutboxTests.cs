using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Reporting.Email;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>Exactly one e-mail per (subscription, period): repeated runs, a dead sender, two instances, SMTP failures.</summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private LoopbackSmtpServer smtp = null!;
    private EmailTestHost host = null!;

    public async Task InitializeAsync()
    {
        smtp = LoopbackSmtpServer.Start();
        host = await EmailTestHost.CreateAsync(smtp.Port, attachForm: false);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task Sending_twice_for_the_same_period_sends_one_email()
    {
        await host.SubscribeAsync("pho@example.vn", "A", "province:25");

        Assert.Equal(1, await host.EnqueueAsync("2025-07"));
        Assert.Equal(1, (await host.ProcessAsync()).Sent);
        Assert.Equal(0, await host.EnqueueAsync("2025-07"));
        Assert.Equal(0, (await host.ProcessAsync()).Attempted);

        Assert.Single(smtp.Messages);
        Assert.Single(await host.OutboxAsync());
    }

    [Fact]
    public async Task A_sender_that_dies_holding_claims_is_taken_over_after_the_lease_once()
    {
        await host.SubscribeAsync("a@example.vn", "A", "province:25");
        await host.SubscribeAsync("b@example.vn", "B", "province:01");
        await host.EnqueueAsync("2025-07");
        var rows = await host.OutboxAsync();

        // The first instance claims both rows and dies before sending anything.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var dying = scope.ServiceProvider.GetRequiredService<SummaryOutbox>();
            foreach (var row in rows) Assert.True(await dying.TryClaimAsync(row.Id, default));
        }

        // A second instance on the same file must leave leased rows alone...
        await using var other = await EmailTestHost.CreateAsync(smtp.Port, host.Database, attachForm: false);
        Assert.Equal(0, (await other.ProcessAsync()).Attempted);
        other.Time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, (await other.ProcessAsync()).Attempted);
        Assert.Empty(smtp.Messages);

        // ...and take them over once the lease has expired, sending each exactly once.
        other.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await other.ProcessAsync()).Sent);
        Assert.Equal(0, (await other.ProcessAsync()).Attempted);
        Assert.Equal(0, (await host.ProcessAsync()).Attempted);

        Assert.Equal(["a@example.vn", "b@example.vn"], smtp.Messages.Select(m => m.Recipients.Single()).Order());
        Assert.All(await host.OutboxAsync(), m =>
        {
            Assert.Equal(OutboxStatus.Sent, m.Status);
            Assert.Equal(2, m.Attempts);
            Assert.Null(m.LeaseOwner);
        });
    }

    [Fact]
    public async Task Two_senders_racing_on_one_database_send_each_message_once()
    {
        foreach (var province in BuiltInProvinces.All)
            await host.SubscribeAsync($"so-{province.Code}@example.vn", province.FullName, $"province:{province.Code}");
        await using var other = await EmailTestHost.CreateAsync(smtp.Port, host.Database, attachForm: false);

        // Both instances run the monthly job at the same moment: queue, then send.
        var enqueued = await Task.WhenAll(Task.Run(() => host.EnqueueAsync("2025-07")), Task.Run(() => other.EnqueueAsync("2025-07")));
        Assert.Equal(34, enqueued.Sum());
        var runs = await Task.WhenAll(Task.Run(host.ProcessAsync), Task.Run(other.ProcessAsync));

        Assert.Equal(34, runs.Sum(r => r.Sent));
        Assert.Equal(34, smtp.Messages.Count);
        Assert.Equal(34, smtp.Messages.Select(m => m.Recipients.Single()).Distinct().Count());
        Assert.All(await host.OutboxAsync(), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    [Fact]
    public async Task A_server_that_is_down_then_back_gets_every_pending_email_once()
    {
        await host.SubscribeAsync("a@example.vn", "A", "province:25");
        await host.SubscribeAsync("b@example.vn", "B", "province:01");
        await host.SubscribeAsync("c@example.vn", "C", "province:79");
        await host.EnqueueAsync("2025-07");

        // The server accepts the first message, then goes away mid-run.
        var accepted = 0;
        smtp.DataReply = () => Interlocked.Increment(ref accepted) == 1 ? null : "421 4.3.2 service shutting down";
        var first = await host.ProcessAsync();
        Assert.Equal((1, 2), (first.Sent, first.Retrying));
        await smtp.StopAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var down = await host.ProcessAsync();
        Assert.Equal(2, down.Retrying);
        Assert.All((await host.OutboxAsync()).Where(m => m.Status == OutboxStatus.Queued), m => Assert.StartsWith("connection failed", m.LastError));

        smtp.DataReply = () => null;
        smtp.Restart();
        Assert.Equal(0, (await host.ProcessAsync()).Attempted); // not before the second backoff step (5 min)
        host.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(2, (await host.ProcessAsync()).Sent);
        Assert.Equal(0, (await host.ProcessAsync()).Attempted);

        Assert.Equal(["a@example.vn", "b@example.vn", "c@example.vn"], smtp.Messages.Select(m => m.Recipients.Single()).Order());
        Assert.All(await host.OutboxAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task A_temporary_refusal_is_retried_with_its_reply_recorded()
    {
        await host.SubscribeAsync("a@example.vn", "A", "province:25");
        await host.EnqueueAsync("2025-07");
        smtp.DataReply = () => "451 4.3.0 mailbox busy, try later";
        var start = host.Time.GetUtcNow();

        Assert.Equal(1, (await host.ProcessAsync()).Retrying);

        var row = Assert.Single(await host.OutboxAsync());
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Contains("451", row.LastError);
        Assert.Contains("mailbox busy, try later", row.LastError);
        Assert.Equal(start + TimeSpan.FromMinutes(1), row.NextAttemptUtc);

        smtp.DataReply = () => null;
        host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await host.ProcessAsync()).Sent);
        row = Assert.Single(await host.OutboxAsync());
        Assert.Equal((OutboxStatus.Sent, 2, (string?)null), (row.Status, row.Attempts, row.LastError));
    }

    [Fact]
    public async Task A_rejected_recipient_is_retried_on_the_backoff_schedule_then_failed_with_the_reply()
    {
        await host.SubscribeAsync("nobody@example.vn", "A", "province:25");
        await host.EnqueueAsync("2025-07");
        smtp.RecipientReply = _ => "550 5.1.1 <nobody@example.vn>: no such user";

        var waits = new List<TimeSpan>();
        while (true)
        {
            var before = host.Time.GetUtcNow();
            var run = await host.ProcessAsync();
            Assert.Equal(1, run.Attempted);
            var row = Assert.Single(await host.OutboxAsync());
            Assert.Contains("550", row.LastError);
            Assert.Contains("no such user", row.LastError);
            if (row.Status == OutboxStatus.Failed) break;
            Assert.Equal(OutboxStatus.Queued, row.Status);
            var wait = row.NextAttemptUtc - before;
            waits.Add(wait);
            host.Time.Advance(wait - TimeSpan.FromSeconds(1));
            Assert.Equal(0, (await host.ProcessAsync()).Attempted); // not a second early
            host.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(
            [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromDays(1), TimeSpan.FromDays(1), TimeSpan.FromDays(1)],
            waits);
        var failed = Assert.Single(await host.OutboxAsync());
        Assert.Equal(RetrySchedule.MaxAttempts, failed.Attempts);
        Assert.Empty(smtp.Messages);
        host.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, (await host.ProcessAsync()).Attempted);
    }

    [Fact]
    public async Task Unsubscribing_before_the_send_cancels_the_queued_email()
    {
        var subscription = await host.SubscribeAsync("a@example.vn", "A", "province:25");
        await host.EnqueueAsync("2025-07");
        await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>().DeactivateAsync(subscription.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(1, (await host.ProcessAsync()).Cancelled);
        Assert.Empty(smtp.Messages);
        Assert.Equal(OutboxStatus.Cancelled, Assert.Single(await host.OutboxAsync()).Status);
    }
}
