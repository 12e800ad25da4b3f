using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// Compares validated rows with the facts in the database and writes the differences as one batch,
/// in one transaction, keeping each replaced value for audit and rollback.
/// </summary>
public sealed class BatchWriter(KpiDbContext db, TimeProvider time)
{
    public async Task<IngestResult> WriteAsync(FigureFile.Result file, string sourceName, string sourceHash,
        IngestOptions options, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await LoadExistingAsync(file.Rows, ct);

        var inserts = new List<Fact>();
        var updates = new List<(Fact Fact, FactChange Change)>();
        var unchanged = 0;
        foreach (var row in file.Rows)
        {
            if (!existing.TryGetValue(row.Key, out var fact))
            {
                inserts.Add(new Fact
                {
                    Period = row.Key.Period, ProvinceCode = row.Key.ProvinceCode, CommuneCode = row.Key.CommuneCode,
                    FieldCode = row.Key.FieldCode, Values = row.Values, IsDemo = options.IsDemo,
                });
                continue;
            }
            var merged = FactMerge.Merge(fact.Values, row.Values, row.Provided ?? file.Measures);
            if (merged == fact.Values && fact.IsDemo == options.IsDemo)
            {
                unchanged++;
                continue;
            }
            updates.Add((fact, new FactChange
            {
                FactId = fact.Id, Kind = FactChangeKind.Updated, PreviousValues = fact.Values,
                PreviousBatchId = fact.BatchId, PreviousIsDemo = fact.IsDemo,
            }));
            fact.Values = merged;
            fact.IsDemo = options.IsDemo;
        }

        var warnings = CarriedOverWarnings(file.Rows, existing);
        var result = new IngestResult
        {
            SourceName = sourceName, SourceHash = sourceHash, RowsRead = file.RowsRead, DryRun = options.DryRun,
            Inserted = inserts.Count, Updated = updates.Count, Unchanged = unchanged, Warnings = warnings,
        };
        if (options.DryRun || result.ChangedNothing) return result;

        var batch = new Batch
        {
            CreatedUtc = time.GetUtcNow(), SourceName = sourceName, SourceHash = sourceHash, IsDemo = options.IsDemo,
            RowsRead = file.RowsRead, Inserted = inserts.Count, Updated = updates.Count, Unchanged = unchanged,
        };
        db.Batches.Add(batch);
        await db.SaveChangesAsync(ct);

        foreach (var fact in inserts) fact.BatchId = batch.Id;
        foreach (var (fact, _) in updates) fact.BatchId = batch.Id;
        db.Facts.AddRange(inserts);
        await db.SaveChangesAsync(ct);

        db.FactChanges.AddRange(updates.Select(u => WithBatch(u.Change, batch.Id)));
        db.FactChanges.AddRange(inserts.Select(f => new FactChange { BatchId = batch.Id, FactId = f.Id, Kind = FactChangeKind.Inserted }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return result with { BatchId = batch.Id };
    }

    private static FactChange WithBatch(FactChange change, int batchId) => new()
    {
        BatchId = batchId, FactId = change.FactId, Kind = change.Kind, PreviousValues = change.PreviousValues,
        PreviousBatchId = change.PreviousBatchId, PreviousIsDemo = change.PreviousIsDemo,
    };

    /// <summary>The facts with the rows' keys, and those of the month before (for the carried-over check).</summary>
    private async Task<Dictionary<FactKey, Fact>> LoadExistingAsync(IReadOnlyList<FigureRow> rows, CancellationToken ct)
    {
        var periods = rows.Select(r => r.Key.Period)
            .SelectMany(p => new[] { p, Month.FromKey(p).Previous.Key }).Distinct().ToList();
        var provinces = rows.Select(r => r.Key.ProvinceCode).Distinct().ToList();
        var facts = await db.Facts
            .Where(f => periods.Contains(f.Period) && provinces.Contains(f.ProvinceCode))
            .ToListAsync(ct);
        return facts.ToDictionary(f => new FactKey(f.Period, f.ProvinceCode, f.CommuneCode, f.FieldCode));
    }

    private static List<IngestWarning> CarriedOverWarnings(IReadOnlyList<FigureRow> rows, Dictionary<FactKey, Fact> existing)
    {
        var inFile = rows.ToDictionary(r => r.Key);
        var warnings = new List<IngestWarning>();
        foreach (var row in rows)
        {
            if (row.Values.CarriedOver is not { } carried) continue;
            var previousKey = row.Key with { Period = Month.FromKey(row.Key.Period).Previous.Key };
            var previousPending = inFile.TryGetValue(previousKey, out var previousRow)
                ? previousRow.Values.Pending
                : existing.GetValueOrDefault(previousKey)?.Values.Pending;
            if (previousPending is { } pending && pending != carried)
            {
                warnings.Add(new IngestWarning(row.Row, "carried_over", carried.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "carried_over_mismatch",
                    $"Kỳ trước chuyển qua ({carried}) khác số đang giải quyết của tháng trước ({pending}).",
                    $"Carried over ({carried}) differs from the previous month's pending ({pending})."));
            }
        }
        return warnings;
    }
}
