using KpiDashboard.Metrics.Accounts;

namespace KpiDashboard.Web.Admin;

public sealed record AuditModel(string? Actor, string? Action, string? From, string? To, IReadOnlyList<AuditEntry> Entries, int Limit);
