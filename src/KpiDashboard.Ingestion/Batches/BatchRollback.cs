using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// Restores exactly what a batch replaced: puts back the values its Updated changes recorded, then deletes the facts
/// still pointing at it, which are the ones it inserted. Set-based, so a million-row batch rolls back in a few statements.
/// (Batches written before the bulk writer also have Inserted change rows; they need nothing else.)
/// </summary>
public sealed class BatchRollback(KpiDbContext db, TimeProvider time, DataChanges? changes = null)
{
    public sealed record Outcome(bool Succeeded, int Deleted, int Restored, string Message, string MessageEn);

    private static readonly string[] Measures = Staging.StagingSql.Measures;

    public Task<Outcome> RollbackAsync(int batchId, CancellationToken ct = default) => RollbackAsync(batchId, null, ct);

    /// <param name="audit">The audit entry, written in the rollback's transaction with ": " and the outcome added to its details.</param>
    public async Task<Outcome> RollbackAsync(int batchId, AuditNote? audit, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // One write of facts at a time, as batches take it: a rollback and a batch on the same month and province
        // would otherwise both rewrite its summary rows.
        await db.Database.ExecuteSqlRawAsync(new Staging.StagingSql(db.Database.IsNpgsql()).LockBatches(), ct);
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null) return Fail($"Không có lô {batchId}.", $"There is no batch {batchId}.");
        if (batch.RolledBackUtc is not null) return Fail($"Lô {batchId} đã được hoàn tác.", $"Batch {batchId} was already rolled back.");

        // A later batch that still stands and replaced values this batch wrote must be rolled back first.
        var laterBatches = await (
                from change in db.FactChanges
                join later in db.Batches on change.BatchId equals later.Id
                where change.PreviousBatchId == batchId && change.BatchId != batchId && later.RolledBackUtc == null
                select change.BatchId)
            .Distinct().ToListAsync(ct);
        laterBatches = [.. laterBatches.Union(await db.ReplacedDossiers
            .Where(d => d.BatchId == batchId && d.ReplacedByBatchId != batchId)
            .Select(d => d.ReplacedByBatchId).Distinct().ToListAsync(ct)).Order()];
        // A dossier the batch removed that a later list wrote again would return beside it, under the same unit and code.
        laterBatches = [.. laterBatches.Union(await (
                from replaced in db.ReplacedDossiers
                join stored in db.Dossiers on new { replaced.UnitCode, replaced.Code } equals new { stored.UnitCode, stored.Code }
                where replaced.ReplacedByBatchId == batchId && stored.BatchId != batchId
                select stored.BatchId)
            .Distinct().ToListAsync(ct)).Order()];
        if (laterBatches.Count > 0)
            return Fail($"Một số số liệu của lô {batchId} đã bị lô sau thay đổi; hãy hoàn tác lô {string.Join(", ", laterBatches)} trước.",
                $"Batch {batchId} was partly overwritten by later batches; roll back batch {string.Join(", ", laterBatches)} first.");

        var locked = await ApprovedUnitsAsync(batchId, ct);
        if (locked.Count > 0)
            return Fail($"Không thể hoàn tác lô {batchId}: {string.Join(" ", locked.Select(l => l.Message))}",
                $"Batch {batchId} cannot be rolled back: {string.Join(" ", locked.Select(l => l.MessageEn))}");

        var touched = await FactSummaryRefresh.GroupsOfBatchAsync(db, batchId, ct);
        var restore = $"UPDATE \"Facts\" SET {string.Join(", ", Measures.Select(m => $"\"{m}\" = c.\"Previous{m}\""))}, " +
                      "\"BatchId\" = COALESCE(c.\"PreviousBatchId\", \"Facts\".\"BatchId\"), \"IsDemo\" = c.\"PreviousIsDemo\" " +
                      "FROM \"FactChanges\" c WHERE c.\"FactId\" = \"Facts\".\"Id\" AND c.\"BatchId\" = {0} AND c.\"Kind\" = {1}";
        var restored = await db.Database.ExecuteSqlRawAsync(restore, [batchId, (int)FactChangeKind.Updated], ct);
        var deleted = await db.Database.ExecuteSqlRawAsync("DELETE FROM \"Facts\" WHERE \"BatchId\" = {0}", [batchId], ct);
        await FactSummaryRefresh.RefreshAsync(db, touched, ct);
        var dossiers = await RestoreDossiersAsync(batchId, ct);
        batch.RolledBackUtc = time.GetUtcNow();
        var outcome = new Outcome(true, deleted, restored,
            $"Đã hoàn tác lô {batchId}: xóa {deleted} dòng mới, khôi phục {restored} dòng{dossiers.Vi}.",
            $"Rolled back batch {batchId}: deleted {deleted} inserted facts, restored {restored}{dossiers.En}.");
        if (audit is not null) db.AuditEntries.Add((audit with { Details = $"{audit.Details}: {outcome.MessageEn}" }).ToEntry(batch.RolledBackUtc.Value));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        changes?.Committed();
        db.ChangeTracker.Clear();
        return outcome;
    }

    /// <summary>
    /// Puts the dossiers back as they were before the batch: those it wrote go, those it replaced (a corrected list's
    /// changed dossiers, a recompute's moved due dates) return. No words when the batch wrote no dossier.
    /// </summary>
    private async Task<(string Vi, string En)> RestoreDossiersAsync(int batchId, CancellationToken ct)
    {
        var removed = await db.Database.ExecuteSqlRawAsync(ReplacedDossierSql.DeleteWritten, [batchId], ct);
        var returned = await db.Database.ExecuteSqlRawAsync(ReplacedDossierSql.Restore, [batchId], ct);
        await db.Database.ExecuteSqlRawAsync(ReplacedDossierSql.Forget, [batchId], ct);
        return removed + returned == 0 ? ("", "")
            : ($"; hồ sơ: xóa {removed}, khôi phục {returned}", $"; dossiers: removed {removed}, restored {returned}");
    }

    private static Outcome Fail(string message, string messageEn) => new(false, 0, 0, message, messageEn);

    /// <summary>The approved units whose figures the batch wrote: rolling it back would change an approved report.</summary>
    private async Task<List<LockedUnit>> ApprovedUnitsAsync(int batchId, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = SubmissionSql.Approved(SubmissionSql.FactsOfBatch(batchId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var locked = new List<LockedUnit>();
        while (await reader.ReadAsync(ct)) locked.Add(BatchWriter.LockedUnitOf(reader));
        return locked;
    }
}
