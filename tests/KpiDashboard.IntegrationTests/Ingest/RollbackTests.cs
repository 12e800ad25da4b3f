using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Ingest;

public sealed class RollbackTests
{
    private const string Original = Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n";
    private const string Correction = Csv.Header + "2025-07,25,,SHTT,21,14,6,20,8,0,12,1\n2025-07,25,,TSVTD,30,13,10,27,8,0,17,1\n";

    [Fact]
    public async Task Rolling_back_restores_exactly_what_the_batch_replaced()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.IngestAsync(Original);
        var afterOriginal = await FactsAsync(db);
        var correction = await db.IngestAsync(Correction);

        var outcome = await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(correction.BatchId!.Value));
        Assert.True(outcome.Succeeded);
        Assert.Equal((1, 1), (outcome.Deleted, outcome.Restored));
        Assert.Equal(afterOriginal, await FactsAsync(db));
    }

    [Fact]
    public async Task An_earlier_batch_overwritten_later_cannot_be_rolled_back_first()
    {
        await using var db = await TestDatabase.CreateAsync();
        var original = await db.IngestAsync(Original);
        await db.IngestAsync(Correction);
        var outcome = await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(original.BatchId!.Value));
        Assert.False(outcome.Succeeded);
        Assert.Contains("roll back batch", outcome.MessageEn);
    }

    [Fact]
    public async Task A_batch_is_rolled_back_once()
    {
        await using var db = await TestDatabase.CreateAsync();
        var original = await db.IngestAsync(Original);
        Assert.True((await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(original.BatchId!.Value))).Succeeded);
        Assert.False((await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(original.BatchId!.Value))).Succeeded);
        await using var context = db.Open();
        Assert.Equal(0, await context.Facts.CountAsync());
        Assert.NotNull((await context.Batches.SingleAsync()).RolledBackUtc);
    }

    private static async Task<List<string>> FactsAsync(TestDatabase db)
    {
        await using var context = db.Open();
        return await context.Facts.OrderBy(f => f.Id)
            .Select(f => f.FieldCode + ":" + f.BatchId + ":" + f.Values.ReceivedOnline + ":" + f.Values.ResolvedOnTime + ":" + f.Values.Handled)
            .ToListAsync();
    }
}
