using KpiDashboard.Metrics.Calendar;

namespace KpiDashboard.Metrics.Entities;

/// <summary>A day of a yearly schedule an Admin imported (`kpi calendar import`); it replaces the shipped days of its year.</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; init; }
    public DayKind Kind { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset ImportedUtc { get; set; }
}
