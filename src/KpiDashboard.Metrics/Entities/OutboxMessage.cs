namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// One summary e-mail owed to a subscription for a period, written before anything is sent. The unique
/// (subscription, period) pair is what makes "exactly one e-mail per period" hold across runs and instances.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }
    public int SubscriptionId { get; init; }
    public Subscription? Subscription { get; init; }
    /// <summary>The period summarised, canonical text (2025-07).</summary>
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
}
