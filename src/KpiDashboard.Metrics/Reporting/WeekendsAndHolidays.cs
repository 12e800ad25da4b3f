namespace KpiDashboard.Metrics.Reporting;

/// <summary>
/// The default calendar until a full one is registered: Saturdays and Sundays off, the fixed solar holidays of the Labour
/// Code 2019, Art. 112 (1/1, 30/4, 1/5, 2/9), and any days listed (<c>Reporting:Holidays</c>, for instance Tết's).
/// </summary>
public sealed class WeekendsAndHolidays(IEnumerable<DateOnly>? listed = null) : IWorkingDays
{
    private readonly HashSet<DateOnly> _listed = [.. listed ?? []];

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsFixedHoliday(day) && !_listed.Contains(day);

    private static bool IsFixedHoliday(DateOnly day) => (day.Month, day.Day) is (1, 1) or (4, 30) or (5, 1) or (9, 2);
}
