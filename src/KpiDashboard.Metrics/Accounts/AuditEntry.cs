namespace KpiDashboard.Metrics.Accounts;

/// <summary>Who did what, when, from where: sign-ins, ingests, rollbacks, downloads, account changes.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset WhenUtc { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public string Details { get; init; } = "";
    public string Address { get; init; } = "";
}
