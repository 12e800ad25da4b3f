namespace KpiDashboard.Metrics.Periods;

public enum PeriodKind
{
    Month,
    Quarter,
    Half,
    Year,
}
