using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Web.Admin;

public sealed record OutboxRow(
    long Id,
    string Period,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset CreatedUtc,
    DateTimeOffset NextAttemptUtc,
    DateTimeOffset? SentUtc,
    string? LastError,
    string? MessageId,
    string? LeaseOwner,
    int? SubscriptionId,
    string Email,
    string? Scope,
    string? Subject);
