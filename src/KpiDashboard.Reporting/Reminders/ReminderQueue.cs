using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Reporting.Reminders;

/// <summary>
/// One reminder pass: decides what is owed and writes it to the e-mail outbox, which sends it like the summaries. Each
/// reminder is one INSERT ... ON CONFLICT DO NOTHING on the unique reminder key, so two processes, a second pass or a
/// restart add nothing.
/// </summary>
public sealed partial class ReminderQueue(
    KpiDbContext db,
    ReminderPlanner planner,
    ReportingCalendar calendar,
    DashboardLinks links,
    TimeProvider time,
    ILogger<ReminderQueue> log)
{
    /// <summary>When the background schedule makes the day's pass, Vietnam time.</summary>
    public static readonly TimeOnly ScheduledAt = new(8, 0);

    /// <summary>The scheduled pass of today (Vietnam), or a pass for one month now; a dry run only says what it would queue.</summary>
    public async Task<ReminderPass> RunAsync(Month? month = null, bool dryRun = false, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var due = month is { } m ? planner.DueFor(m, today) : planner.DueOn(today);
        var plan = await planner.PlanAsync(due, ct);
        var results = new List<QueuedReminder>(plan.Reminders.Count);
        foreach (var reminder in plan.Reminders)
        {
            var key = reminder.Key;
            var added = dryRun
                ? !await db.OutboxMessages.AsNoTracking().AnyAsync(o => o.ReminderKey == key, ct)
                : await EnqueueAsync(reminder, ct);
            results.Add(new QueuedReminder(reminder, added));
        }
        var pass = new ReminderPass(today, due, results, plan.SkippedWithoutEmail, plan.UnitsWithoutRecipient, dryRun);
        if (!dryRun && (pass.Queued > 0 || plan.SkippedWithoutEmail.Count > 0))
            LogPass(log, today, pass.Queued, pass.AlreadyQueued, plan.SkippedWithoutEmail.Count, plan.UnitsWithoutRecipient);
        return pass;
    }

    private async Task<bool> EnqueueAsync(PlannedReminder reminder, CancellationToken ct)
    {
        var (subject, body) = ReminderText.Compose(reminder, calendar.Window(Period.OfMonth(reminder.Period)), links);
        var now = time.GetUtcNow().UtcTicks;
        var period = reminder.Period.ToString();
        var key = reminder.Key;
        var to = reminder.Email;
        return await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "OutboxMessages" ("SubscriptionId", "Period", "Status", "Attempts", "CreatedUtc", "NextAttemptUtc", "ReminderKey", "Recipient", "Subject", "Body")
            VALUES (NULL, {period}, {(int)OutboxStatus.Queued}, 0, {now}, {now}, {key}, {to}, {subject}, {body})
            ON CONFLICT ("ReminderKey") DO NOTHING
            """, ct) == 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders of {Day}: {Queued} queued, {Already} queued before, {Skipped} accounts without an e-mail address skipped, {Unreachable} units with nobody to remind")]
    private static partial void LogPass(ILogger logger, DateOnly day, int queued, int already, int skipped, int unreachable);
}
