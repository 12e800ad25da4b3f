using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Metrics.Reporting;

/// <summary>The days a period's report covers and when each level's report is due.</summary>
public sealed class ReportingCalendar(ReportingOptions options, IWorkingDays workingDays)
{
    public ReportingWindowKind WindowKind => options.Window;

    public DateRange Window(Period period) => Window(period, options.Window);

    /// <summary>Decree 09: from the 15th of the month before the period's first month to the 14th of its last month.</summary>
    public static DateRange Window(Period period, ReportingWindowKind kind) => kind == ReportingWindowKind.Decree09
        ? new DateRange(period.First.Previous.FirstDay.AddDays(14), period.Last.FirstDay.AddDays(13))
        : new DateRange(period.First.FirstDay, period.Last.LastDay);

    /// <summary>The day a level's report is due: its days after the window ends, moved past weekends and holidays.</summary>
    public DateOnly Deadline(Period period, ReportingLevel level)
    {
        var day = Window(period).To.AddDays(options.DeadlineDays(level));
        while (!workingDays.IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    /// <summary>A report is late when it arrives after the end of its deadline day, Vietnam time.</summary>
    public bool IsLate(Period period, ReportingLevel level, DateTimeOffset submittedUtc) =>
        submittedUtc >= VietnamTime.StartOf(Deadline(period, level).AddDays(1));
}
