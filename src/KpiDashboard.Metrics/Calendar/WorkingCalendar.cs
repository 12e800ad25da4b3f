using System.Collections.Concurrent;

namespace KpiDashboard.Metrics.Calendar;

/// <summary>
/// The working days: Monday to Friday, less the Labour Code's holidays and their compensatory days, with the
/// Government's yearly schedules on top (days off moved, Saturdays worked in exchange). A year with a schedule keeps
/// the rule's holidays too: schedules name only the days they change.
/// </summary>
public sealed class WorkingCalendar : IWorkingDays
{
    private readonly IReadOnlyDictionary<DateOnly, ScheduledDay> _scheduled;
    private readonly ConcurrentDictionary<int, bool[]> _years = new();

    public WorkingCalendar(IEnumerable<ScheduledDay> scheduled)
    {
        var byDate = new Dictionary<DateOnly, ScheduledDay>();
        foreach (var day in scheduled) byDate[day.Date] = day;
        _scheduled = byDate;
    }

    /// <summary>
    /// The days the calendar reckons with: a schedule's days and a dossier's dates. One-stop registers begin this century,
    /// and a day far outside would make a small file cost a working-day count over centuries.
    /// </summary>
    public static readonly (DateOnly First, DateOnly Last) Range = (new(2000, 1, 1), new(2099, 12, 31));

    /// <summary>The schedules shipped with the product (Calendar/government-schedules.csv).</summary>
    public static WorkingCalendar Shipped { get; } = new(ScheduleFile.Shipped);

    public IReadOnlyCollection<ScheduledDay> Scheduled => (IReadOnlyCollection<ScheduledDay>)_scheduled.Values;

    public bool IsWorkingDay(DateOnly day) => Year(day.Year)[day.DayOfYear - 1];

    public DateOnly AddWorkingDays(DateOnly day, int count)
    {
        var step = Math.Sign(count);
        for (var left = Math.Abs(count); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (start, end, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var d = start.AddDays(1); d <= end; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return sign * count;
    }

    private bool[] Year(int year) => _years.GetOrAdd(year, year =>
    {
        var holidays = PublicHolidays.Of(year);
        var first = new DateOnly(year, 1, 1);
        var days = new bool[DateTime.IsLeapYear(year) ? 366 : 365];
        for (var i = 0; i < days.Length; i++)
        {
            var day = first.AddDays(i);
            days[i] = _scheduled.TryGetValue(day, out var scheduled)
                ? scheduled.Kind == DayKind.Work
                : !PublicHolidays.IsWeekend(day) && !holidays.Contains(day);
        }
        return days;
    });
}
