namespace KpiDashboard.Metrics.Calendar;

/// <summary>One day of a yearly schedule that differs from the weekly rest and the Labour Code's holidays, and where it comes from.</summary>
public sealed record ScheduledDay(DateOnly Date, DayKind Kind, string Source);
