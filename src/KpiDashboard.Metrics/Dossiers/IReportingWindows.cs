using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>
/// How days fall into reporting windows, each labelled by the month it reports. Calendar months for now; the
/// reporting-cycle work (issue 15, Reporting:Window) plugs the 15th-to-14th window of Decree 09/2019 in here.
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
