using KpiDashboard.Metrics.Data;

namespace KpiDashboard.Metrics.Accounts;

/// <summary>
/// Appends to the audit log. An event that changes nothing (a sign-in, a download, a refused file) is saved on its own;
/// a write is audited with <see cref="WithEntryAsync{T}"/>, so the write and its entry commit together or not at all:
/// a write is never kept without its entry, nor reported as failed because its entry could not be saved afterwards.
/// </summary>
public sealed class AuditLog(KpiDbContext db, TimeProvider time)
{
    public Task WriteAsync(string actor, string action, string details = "", string address = "", CancellationToken ct = default) =>
        WriteAsync(new AuditNote(actor, action, details, address), ct);

    /// <summary>Saves the entry, inside the caller's transaction when one is open.</summary>
    public async Task WriteAsync(AuditNote note, CancellationToken ct = default)
    {
        db.AuditEntries.Add(note.ToEntry(time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Runs <paramref name="write"/> and saves the entry <paramref name="note"/> makes of its result in one transaction
    /// (joining the caller's when one is open). A null note means the write was refused: its transaction is rolled back.
    /// </summary>
    public async Task<T> WithEntryAsync<T>(Func<CancellationToken, Task<T>> write, Func<T, AuditNote?> note, CancellationToken ct = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var result = await write(ct);
        if (note(result) is not { } entry) return result;
        await WriteAsync(entry, ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return result;
    }
}
