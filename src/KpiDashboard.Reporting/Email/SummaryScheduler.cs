using KpiDashboard.Metrics.Periods;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// The hosted service's logic, one tick at a time so tests drive it with a fake clock: queues the month when a run
/// falls due, the day's reporting reminders once a day from 08:00 Vietnam time, then sends whatever is due (new
/// messages and retries).
/// </summary>
public sealed partial class SummaryScheduler(
    IServiceScopeFactory scopes,
    SummarySchedule schedule,
    TimeProvider time,
    IOptions<SummaryOptions> options,
    ILogger<SummaryScheduler> log)
{
    private DateTimeOffset? nextRun;
    private bool started;
    private DateOnly? remindedOn;

    /// <summary>The run the scheduler waits for.</summary>
    public DateTimeOffset? NextRun => nextRun;

    /// <summary>The last reminder pass this scheduler made (one a day; a restart makes another, which adds nothing already queued).</summary>
    public Reminders.ReminderPass? LastReminderPass { get; private set; }

    /// <summary>Queues due months (a run missed within Summaries:CatchUp before the first tick too) and sends due messages.</summary>
    public async Task<Month?> TickAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? due = null;
        var following = nextRun;
        if (!started)
        {
            // Queueing is idempotent, so making up a missed run after a restart can never send twice.
            due = options.Value.CatchUp > TimeSpan.Zero ? schedule.LastBetween(now - options.Value.CatchUp, now) : null;
            following = schedule.NextAfter(now);
        }
        else if (nextRun is { } planned && planned <= now)
        {
            due = planned;
            following = schedule.NextAfter(now);
        }

        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<SummaryOutbox>();
        Month? queued = null;
        if (due is { } run)
        {
            queued = schedule.PeriodFor(run);
            var added = await outbox.EnqueueAsync(queued.Value, ct: ct);
            LogQueued(log, queued.Value.ToString(), added, run);
        }
        // Moved on only once the month is queued: a run whose queueing failed (a locked database) is due again next tick.
        started = true;
        nextRun = following;
        var today = VietnamTime.Today(time);
        if (remindedOn != today && TimeOnly.FromDateTime(VietnamTime.ToVietnam(now).DateTime) >= Reminders.ReminderQueue.ScheduledAt)
        {
            // The pass itself does nothing on a day off; its keys make a second pass (a restart, another instance) add nothing.
            LastReminderPass = await scope.ServiceProvider.GetRequiredService<Reminders.ReminderQueue>().RunAsync(ct: ct);
            remindedOn = today;
        }
        var result = await outbox.ProcessAsync(ct: ct);
        if (result.Attempted > 0) LogRun(log, result.Sent, result.Retrying, result.Failed, result.Uncertain);
        return queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly summaries for {Period}: {Added} e-mails queued (run of {Run:u})")]
    private static partial void LogQueued(ILogger logger, string period, int added, DateTimeOffset run);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} sent, {Retrying} to retry, {Failed} failed, {Uncertain} uncertain")]
    private static partial void LogRun(ILogger logger, int sent, int retrying, int failed, int uncertain);
}
