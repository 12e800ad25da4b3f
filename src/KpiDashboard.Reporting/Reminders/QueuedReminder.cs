namespace KpiDashboard.Reporting.Reminders;

/// <summary>A reminder a pass decided on, and whether the pass put it in the outbox (false: queued before, by this or another process).</summary>
public sealed record QueuedReminder(PlannedReminder Reminder, bool New);
