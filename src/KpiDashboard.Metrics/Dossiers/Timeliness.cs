namespace KpiDashboard.Metrics.Dossiers;

public enum Timeliness
{
    Early,
    OnTime,
    Late,
}
