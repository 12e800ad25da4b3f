namespace KpiDashboard.Reporting.Reminders;

/// <summary>
/// The reminders a pass decided on, the accounts left out because they have no e-mail address, and the units that
/// should have been reminded but have nobody to write to.
/// </summary>
public sealed record ReminderPlan(IReadOnlyList<PlannedReminder> Reminders, IReadOnlyList<string> SkippedWithoutEmail, int UnitsWithoutRecipient);
