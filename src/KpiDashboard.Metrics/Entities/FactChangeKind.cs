namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// Only replaced values are recorded: a batch's inserted facts are those still pointing at it without a change row.
/// The stored number stays 2 so existing rows keep their meaning.
/// </summary>
public enum FactChangeKind
{
    Updated = 2,
}
