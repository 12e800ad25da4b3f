namespace KpiDashboard.Metrics.Accounts;

/// <summary>An audit entry yet to be written: handed to a write so that it lands in the write's own transaction.</summary>
public sealed record AuditNote(string Actor, string Action, string Details = "", string Address = "")
{
    public AuditEntry ToEntry(DateTimeOffset whenUtc) => new()
    {
        WhenUtc = whenUtc, Actor = Truncate(Actor, 256), Action = Action, Details = Truncate(Details, 2000), Address = Truncate(Address, 64),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
