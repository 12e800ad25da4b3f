namespace KpiDashboard.Reporting.Reminders;

/// <summary>What one pass found owed on its Vietnamese day, what it queued, and whom it could not write to.</summary>
public sealed record ReminderPass(DateOnly Day, IReadOnlyList<ReminderDue> Due, IReadOnlyList<QueuedReminder> Reminders,
    IReadOnlyList<string> SkippedWithoutEmail, int UnitsWithoutRecipient, bool DryRun)
{
    public int Queued => Reminders.Count(r => r.New);

    public int AlreadyQueued => Reminders.Count(r => !r.New);
}
