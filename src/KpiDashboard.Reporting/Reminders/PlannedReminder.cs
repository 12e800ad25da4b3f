using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;

namespace KpiDashboard.Reporting.Reminders;

/// <summary>One reminder e-mail decided: of a kind, for a level's reports of a month, to one address, about these units.</summary>
public sealed record PlannedReminder(ReminderKind Kind, ReportingLevel Level, Month Period, DateOnly Deadline, string Email,
    IReadOnlyList<SubmissionRow> Units)
{
    /// <summary>
    /// What makes it once: a unit's reminder per (kind, level, unit, period, address); an approver's list per (kind, level,
    /// period, address), so each late unit is listed to each approver at most once a month.
    /// </summary>
    public string Key => Kind == ReminderKind.BeforeDeadline
        ? $"before:{Level.Code()}:{Units[0].UnitCode}:{Period}:{Email}"
        : $"late:{Level.Code()}:{Period}:{Email}";
}
