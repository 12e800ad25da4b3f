namespace KpiDashboard.Metrics.Calendar;

/// <summary>Vietnam's working days for public agencies: what deadlines (ngày hẹn trả, report due dates) are counted in.</summary>
public interface IWorkingDays
{
    bool IsWorkingDay(DateOnly day);

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="day"/> (before it when negative); <paramref name="day"/> itself when 0.</summary>
    DateOnly AddWorkingDays(DateOnly day, int count);
}
