namespace KpiDashboard.Metrics.Entities;

public enum FactChangeKind
{
    Inserted = 1,
    Updated = 2,
}
