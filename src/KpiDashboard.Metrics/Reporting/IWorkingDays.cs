namespace KpiDashboard.Metrics.Reporting;

/// <summary>
/// Whether offices work on a day. Deadlines falling on other days move to the next working day. The full Vietnamese
/// calendar (Tết and the other lunar holidays, compensatory days, Saturdays worked in exchange) plugs in here.
/// </summary>
public interface IWorkingDays
{
    bool IsWorkingDay(DateOnly day);
}
