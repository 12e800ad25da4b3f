namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// One e-mail owed, written before anything is sent: a subscription's summary for a period, where the unique
/// (subscription, period) pair makes "exactly one e-mail per period" hold across runs and instances; or a reporting
/// reminder, which has no subscription, carries its recipient and text, and is kept to once by its unique
/// <see cref="ReminderKey"/>.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }
    /// <summary>The summary's subscription; null for a reminder.</summary>
    public int? SubscriptionId { get; init; }
    public Subscription? Subscription { get; init; }
    /// <summary>The period summarised (or reminded of), canonical text (2025-07).</summary>
    public required string Period { get; init; }
    public OutboxStatus Status { get; set; }
    /// <summary>Claims so far; each claim is one attempt, also when the sender died during it.</summary>
    public int Attempts { get; set; }
    public DateTimeOffset CreatedUtc { get; init; }
    /// <summary>Not to be claimed before this time (the retry backoff).</summary>
    public DateTimeOffset NextAttemptUtc { get; set; }
    /// <summary>Who holds the claim; another sender may take the row over once the lease has expired.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresUtc { get; set; }
    public DateTimeOffset? SentUtc { get; set; }
    /// <summary>The SMTP reply (or connection error) of the last failed attempt.</summary>
    public string? LastError { get; set; }
    /// <summary>The Message-Id sent, so a receiver can tell a copy it has already seen.</summary>
    public string? MessageId { get; set; }
    /// <summary>A reminder's (kind, level, unit or approver's list, period, recipient): at most one row each, whoever queues it.</summary>
    public string? ReminderKey { get; init; }
    /// <summary>A reminder's recipient address (a summary's is its subscription's).</summary>
    public string? Recipient { get; init; }
    /// <summary>A reminder's subject and plain text, fixed when it was queued.</summary>
    public string? Subject { get; init; }
    public string? Body { get; init; }
}
