using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Reporting.Email;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>
/// Once the SMTP server has accepted a message it is never sent again: not when the database is locked while the outbox
/// records it, not when the recording never happens, not when the 250 comes after the client stopped waiting.
/// </summary>
public sealed class DeliveryUnderLockTests : IAsyncLifetime
{
    private static readonly string[] Recipients = ["a@example.vn", "b@example.vn", "c@example.vn"];

    private LoopbackSmtpServer smtp = null!;
    private EmailTestHost host = null!;
    private OutboxTableLock? locked;

    public async Task InitializeAsync()
    {
        smtp = LoopbackSmtpServer.Start();
        host = await EmailTestHost.CreateAsync(smtp.Port, attachForm: false);
        await host.SubscribeAsync(Recipients[0], "A", "province:25");
        await host.SubscribeAsync(Recipients[1], "B", "province:01");
        await host.SubscribeAsync(Recipients[2], "C", "province:79");
        await host.EnqueueAsync("2025-07");
    }

    public async Task DisposeAsync()
    {
        if (locked is not null) await locked.DisposeAsync();
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    /// <summary>A second instance that gives up on a locked database after a second, with the shortest lease.</summary>
    private Task<EmailTestHost> SenderAsync(Dictionary<string, string?>? more = null)
    {
        var database = host.Database;
        var settings = new Dictionary<string, string?>
        {
            ["Database:SqliteBusyTimeoutSeconds"] = "1",
            ["ConnectionStrings:Kpi"] = database.Provider == DatabaseProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(database.ConnectionString) { CommandTimeout = 1 }.ToString()
                : database.ConnectionString,
            ["Summaries:Lease"] = "00:00:30",
        };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return EmailTestHost.CreateAsync(smtp.Port, database, attachForm: false, settings: settings);
    }

    /// <summary>Another program takes the outbox's write lock just as the server accepts the first message.</summary>
    private void LockWhenTheFirstMessageIsAccepted() =>
        smtp.BeforeAccepting = async (_, _) => locked ??= await OutboxTableLock.TakeAsync(host.Database);

    private void AssertEachDeliveredOnce()
    {
        Assert.Equal(Recipients, smtp.Messages.Select(m => m.Recipients.Single()).Order());
        Assert.Equal(3, smtp.Messages.Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task A_message_accepted_while_the_outbox_is_locked_is_recorded_when_the_lock_goes_and_never_sent_again()
    {
        await using var sender = await SenderAsync();
        LockWhenTheFirstMessageIsAccepted();

        var run = Task.Run(sender.ProcessAsync);
        await sender.WaitForLogAsync("could not be recorded", run);
        await locked!.ReleaseAsync();
        var result = await sender.MoveClockUntilDoneAsync(run, TimeSpan.FromSeconds(1));

        Assert.Equal((3, 0, 0), (result.Sent, result.Retrying, result.Uncertain));
        AssertEachDeliveredOnce();
        var rows = await host.OutboxAsync();
        Assert.All(rows, m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        Assert.Equal(smtp.Messages.Select(m => m.Message.MessageId).Order(), rows.Select(m => m.MessageId).Order());

        sender.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await sender.ProcessAsync()).Attempted);
        Assert.Equal(0, (await host.ProcessAsync()).Attempted);
        Assert.Equal(3, smtp.Messages.Count);
    }

    [Fact]
    public async Task A_message_accepted_but_never_recorded_is_left_uncertain_and_sent_again_only_when_requeued()
    {
        await using var sender = await SenderAsync();
        LockWhenTheFirstMessageIsAccepted();

        // The lock outlasts every retry of the recording: the run stops there and sends nothing more.
        var run = Task.Run(sender.ProcessAsync);
        var error = await Record.ExceptionAsync(() => sender.MoveClockUntilDoneAsync(run, TimeSpan.FromSeconds(5)));
        Assert.IsType<OutboxRecordingException>(error);
        var accepted = Assert.Single(smtp.Messages).Message.MessageId;
        await locked!.ReleaseAsync();

        // The run repeated after the lease: the row left in Sending is marked uncertain, not sent; the others go out.
        sender.Time.Advance(TimeSpan.FromMinutes(1));
        var again = await sender.ProcessAsync();
        Assert.Equal((2, 1, 0), (again.Sent, again.Uncertain, again.Retrying));
        AssertEachDeliveredOnce();
        var uncertain = Assert.Single(await host.OutboxAsync(), m => m.Status == OutboxStatus.Uncertain);
        Assert.Equal(accepted, uncertain.MessageId);
        Assert.NotNull(uncertain.LastError);

        sender.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await sender.ProcessAsync()).Attempted);
        Assert.Equal(0, (await host.ProcessAsync()).Attempted);
        Assert.Equal(3, smtp.Messages.Count);

        // An admin who finds it was not delivered requeues it: it goes again with the same Message-Id.
        Assert.True(await sender.WithScopeAsync(sp => sp.GetRequiredService<SummaryOutbox>().RequeueAsync(uncertain.Id)));
        Assert.Equal(1, (await sender.ProcessAsync()).Sent);
        Assert.Equal(2, smtp.Messages.Count(m => m.Message.MessageId == accepted));
        Assert.Equal(OutboxStatus.Sent, (await host.OutboxAsync()).Single(m => m.Id == uncertain.Id).Status);
    }

    [Fact]
    public async Task A_message_accepted_after_the_client_stopped_waiting_is_uncertain_and_never_sent_again()
    {
        await using var sender = await SenderAsync(new() { ["Smtp:TimeoutSeconds"] = "1" });
        var release = new TaskCompletionSource();
        var held = 0;
        // The server keeps the first message but answers 250 only after the client has given up waiting.
        smtp.BeforeAccepting = (_, ct) => Interlocked.Exchange(ref held, 1) == 0 ? release.Task.WaitAsync(ct) : Task.CompletedTask;

        var run = await sender.ProcessAsync();
        release.SetResult();

        Assert.Equal((2, 1, 0), (run.Sent, run.Uncertain, run.Retrying));
        AssertEachDeliveredOnce();
        var uncertain = Assert.Single(await host.OutboxAsync(), m => m.Status == OutboxStatus.Uncertain);
        Assert.Equal(smtp.Messages[0].Message.MessageId, uncertain.MessageId);

        sender.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await sender.ProcessAsync()).Attempted);
        Assert.Equal(3, smtp.Messages.Count);
    }
}
