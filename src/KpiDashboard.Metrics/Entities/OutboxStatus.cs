namespace KpiDashboard.Metrics.Entities;

/// <summary>Stored as an integer: the claim statement compares it in SQL.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its next attempt, or claimed by a sender that has not started the SMTP transaction yet.</summary>
    Queued = 0,
    Sent = 1,
    /// <summary>Every retry failed; <see cref="OutboxMessage.LastError"/> holds the last SMTP reply.</summary>
    Failed = 2,
    /// <summary>The subscription was deactivated before the message went out.</summary>
    Cancelled = 3,
    /// <summary>
    /// Committed, with the Message-Id, before the message is handed to the SMTP server: from here on the server may have it,
    /// so the row is never sent again automatically.
    /// </summary>
    Sending = 4,
    /// <summary>
    /// The server may have accepted it but that was never recorded (the sender died, the database stayed unavailable, or
    /// the connection broke after the message was transmitted). Sent again only when an Admin requeues it.
    /// </summary>
    Uncertain = 5,
}
