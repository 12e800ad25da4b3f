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

    /// <summary>The working day on which units that have not sent a level's report are reminded: Reporting:ReminderWorkingDaysBefore working days before its deadline.</summary>
    public DateOnly ReminderDay(Period period, ReportingLevel level) =>
        workingDays.AddWorkingDays(Deadline(period, level), -options.ReminderWorkingDaysBefore);

    /// <summary>The first working day after a level's deadline: the approvers get the list of units still missing.</summary>
    public DateOnly LateListDay(Period period, ReportingLevel level) => workingDays.AddWorkingDays(Deadline(period, level), 1);

    public bool IsWorkingDay(DateOnly day) => workingDays.IsWorkingDay(day);

    public DateOnly AddWorkingDays(DateOnly day, int count) => workingDays.AddWorkingDays(day, count);

    /// <summary>A report is late when it arrives after the end of its deadline day, Vietnam time.</summary>
    public bool IsLate(Period period, ReportingLevel level, DateTimeOffset submittedUtc) =>
        submittedUtc >= VietnamTime.StartOf(Deadline(period, level).AddDays(1));

    /// <summary>
    /// How many working days after its deadline a report sent (or still missing) at <paramref name="at"/> is: a day off
    /// counts as the next working day, as a document received on a weekend is handled on the Monday; 0 when on time.
    /// </summary>
    public int WorkingDaysLate(Period period, ReportingLevel level, DateTimeOffset at)
    {
        var deadline = Deadline(period, level);
        var day = DateOnly.FromDateTime(VietnamTime.ToVietnam(at).DateTime);
        var late = 0;
        for (var d = deadline; d < day && late < 3660; late++) d = workingDays.AddWorkingDays(d, 1);
        return late;
    }
}
