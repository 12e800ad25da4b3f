using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Reporting.Email;

/// <summary>What <see cref="OutboxStatusQuery"/> found: every state counted (zeros included), and the unsettled messages.</summary>
public sealed record OutboxStatusReport(string Period, IReadOnlyDictionary<OutboxStatus, int> Counts, IReadOnlyList<OutboxWaitingRow> Waiting)
{
    /// <summary>Messages queued for a later attempt.</summary>
    public int Queued => Counts[OutboxStatus.Queued];

    /// <summary>When the first queued message falls due, if any is queued.</summary>
    public DateTimeOffset? NextDue => Waiting.Where(w => w.Status == OutboxStatus.Queued).Select(w => (DateTimeOffset?)w.NextAttemptUtc).Min();
}
