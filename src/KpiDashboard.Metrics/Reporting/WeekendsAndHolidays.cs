using KpiDashboard.Metrics.Calendar;

namespace KpiDashboard.Metrics.Reporting;

/// <summary>
/// The working days with extra days off listed in <c>Reporting:Holidays</c> (for instance a province's own day off):
/// the full calendar (<see cref="WorkingCalendar"/>) less those days.
/// </summary>
public sealed class WeekendsAndHolidays(IEnumerable<DateOnly>? listed = null, IWorkingDays? calendar = null) : IWorkingDays
{
    private readonly HashSet<DateOnly> _listed = [.. listed ?? []];
    private readonly IWorkingDays _calendar = calendar ?? WorkingCalendar.Shipped;

    public bool IsWorkingDay(DateOnly day) => _calendar.IsWorkingDay(day) && !_listed.Contains(day);

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
}
