namespace KpiDashboard.Reporting.Charts;

public enum ChartFormat
{
    Png,
    Svg,
}
