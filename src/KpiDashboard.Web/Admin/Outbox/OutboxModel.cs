using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Web.Admin;

/// <summary>The outbox page: counts by status (of the period filter), and the newest rows matching the filters.</summary>
public sealed record OutboxModel(IReadOnlyList<OutboxRow> Rows, IReadOnlyDictionary<OutboxStatus, int> Counts, OutboxStatus? Status, string? Period, int Matching);
