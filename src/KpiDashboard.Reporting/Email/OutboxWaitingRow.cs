using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Reporting.Email;

/// <summary>A message not settled yet: queued, being sent, uncertain or failed.</summary>
public sealed record OutboxWaitingRow(long Id, string Email, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptUtc, string? LastError, string? MessageId);
