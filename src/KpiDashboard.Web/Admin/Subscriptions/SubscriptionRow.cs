using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Web.Admin;

/// <summary>A subscription in the admin list, with its scope's name and the newest outbox row's status.</summary>
public sealed record SubscriptionRow(int Id, string Email, string DisplayName, string Language, bool IsActive, string ScopeName, string? LastPeriod, OutboxStatus? LastStatus);
