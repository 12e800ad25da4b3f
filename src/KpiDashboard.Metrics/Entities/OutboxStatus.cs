namespace KpiDashboard.Metrics.Entities;

/// <summary>Stored as an integer: the claim statement compares it in SQL.</summary>
public enum OutboxStatus
{
    Queued = 0,
    Sent = 1,
    /// <summary>Every retry failed; <see cref="OutboxMessage.LastError"/> holds the last SMTP reply.</summary>
    Failed = 2,
    /// <summary>The subscription was deactivated before the message went out.</summary>
    Cancelled = 3,
}
