namespace KpiDashboard.Reporting.Reminders;

/// <summary>Before a deadline, to a unit that has not sent its report; after it, the list of units still missing, to their approver.</summary>
public enum ReminderKind
{
    BeforeDeadline,
    LateList,
}
