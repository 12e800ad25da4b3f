using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>Restores exactly what a batch replaced: deletes the facts it inserted and puts back the values it overwrote.</summary>
public sealed class BatchRollback(KpiDbContext db, TimeProvider time)
{
    public sealed record Outcome(bool Succeeded, int Deleted, int Restored, string Message, string MessageEn);

    public async Task<Outcome> RollbackAsync(int batchId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null) return Fail($"Không có lô {batchId}.", $"There is no batch {batchId}.");
        if (batch.RolledBackUtc is not null) return Fail($"Lô {batchId} đã được hoàn tác.", $"Batch {batchId} was already rolled back.");

        var changes = await db.FactChanges.Where(c => c.BatchId == batchId).ToListAsync(ct);
        var factIds = changes.Select(c => c.FactId).ToList();
        var facts = await db.Facts.Where(f => factIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var laterBatches = facts.Values.Where(f => f.BatchId != batchId).Select(f => f.BatchId).Distinct().Order().ToList();
        if (laterBatches.Count > 0)
            return Fail($"Một số số liệu của lô {batchId} đã bị lô sau thay đổi; hãy hoàn tác lô {string.Join(", ", laterBatches)} trước.",
                $"Batch {batchId} was partly overwritten by later batches; roll back batch {string.Join(", ", laterBatches)} first.");

        int deleted = 0, restored = 0;
        foreach (var change in changes)
        {
            var fact = facts[change.FactId];
            if (change.Kind == FactChangeKind.Inserted)
            {
                db.Facts.Remove(fact);
                deleted++;
            }
            else
            {
                fact.Values = change.PreviousValues;
                fact.BatchId = change.PreviousBatchId ?? fact.BatchId;
                fact.IsDemo = change.PreviousIsDemo;
                restored++;
            }
        }
        batch.RolledBackUtc = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new Outcome(true, deleted, restored,
            $"Đã hoàn tác lô {batchId}: xóa {deleted} dòng mới, khôi phục {restored} dòng.",
            $"Rolled back batch {batchId}: deleted {deleted} inserted facts, restored {restored}.");
    }

    private static Outcome Fail(string message, string messageEn) => new(false, 0, 0, message, messageEn);
}
