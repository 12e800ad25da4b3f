using KpiDashboard.Metrics.Data;

namespace KpiDashboard.Metrics.Accounts;

/// <summary>Appends to the audit log in its own save, so an entry is kept even when the caller's work fails.</summary>
public sealed class AuditLog(KpiDbContext db, TimeProvider time)
{
    public async Task WriteAsync(string actor, string action, string details = "", string address = "", CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            WhenUtc = time.GetUtcNow(), Actor = Truncate(actor, 256), Action = action,
            Details = Truncate(details, 2000), Address = Truncate(address, 64),
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
