using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Reporting.Reminders;

/// <summary>A kind of reminder owed for one level's reports of a month.</summary>
public sealed record ReminderDue(Month Period, ReportingLevel Level, ReminderKind Kind, DateOnly Deadline);
