namespace KpiDashboard.Metrics.Calendar;

/// <summary>What the Government's schedule makes of a day: a day off (a holiday moved, a bridge day) or a Saturday worked in exchange.</summary>
public enum DayKind
{
    Off = 1,
    Work = 2,
}
