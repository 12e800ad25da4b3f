namespace KpiDashboard.Metrics.Data;

/// <summary>Why the data store cannot serve a request: each kind has its own advice to the operator.</summary>
public enum DatabaseFailureKind
{
    DiskFull,
    Locked,
    Damaged,
    ReadOnly,
    CannotOpen,
    DiskError,
    Unreachable,
}
