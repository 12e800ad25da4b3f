using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>Decree 09/2019/NĐ-CP, Art. 12: the window of a month's report runs from the 15th of the month before to the 14th.</summary>
public sealed class Decree09Windows : IReportingWindows
{
    public static Decree09Windows Instance { get; } = new();

    public Month WindowOf(DateOnly day) => day.Day >= 15 ? Month.Of(day).AddMonths(1) : Month.Of(day);

    public DateOnly FirstDay(Month window) => ReportingCalendar.Window(Period.OfMonth(window), ReportingWindowKind.Decree09).From;

    public DateOnly LastDay(Month window) => ReportingCalendar.Window(Period.OfMonth(window), ReportingWindowKind.Decree09).To;

    /// <summary>The windows of the Reporting:Window setting.</summary>
    public static IReportingWindows Of(ReportingWindowKind kind) => kind == ReportingWindowKind.Decree09 ? Instance : CalendarMonthWindows.Instance;
}
