using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>
/// How days fall into reporting windows, each labelled by the month it reports: calendar months or the 15th-to-14th
/// window of Decree 09/2019 (<see cref="Decree09Windows"/>), as the Reporting:Window setting says.
/// </summary>
public interface IReportingWindows
{
    Month WindowOf(DateOnly day);

    DateOnly FirstDay(Month window);

    DateOnly LastDay(Month window);
}

/// <summary>Statistical reporting: a window is a calendar month.</summary>
public sealed class CalendarMonthWindows : IReportingWindows
{
    public static CalendarMonthWindows Instance { get; } = new();

    public Month WindowOf(DateOnly day) => Month.Of(day);

    public DateOnly FirstDay(Month window) => window.FirstDay;

    public DateOnly LastDay(Month window) => window.LastDay;
}
