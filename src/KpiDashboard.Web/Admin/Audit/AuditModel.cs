namespace KpiDashboard.Web.Admin;

public sealed record AuditModel(string? Actor, string? Action, string? From, string? To, IReadOnlyList<AuditRow> Entries, int Limit);

/// <summary>One audit entry as the page shows it.</summary>
public sealed record AuditRow(DateTimeOffset WhenUtc, string Actor, string Action, string Details, string Address);
