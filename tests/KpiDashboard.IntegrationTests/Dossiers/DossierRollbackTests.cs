using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// A dossier list's batch rolls back its dossiers with its figures: a corrected list writes only the dossiers it changes
/// and keeps the ones it replaced, so that a rollback puts them back and a recompute afterwards brings nothing back.
/// </summary>
public sealed class DossierRollbackTests
{
    private const string Finished = "2025-07-29T09:00:00+07:00,2025-08-15,,,,2025-08-14";

    // J now finished on 20/8 (late) instead of 14/8 (early); every other dossier as before.
    private static readonly string Corrected = DossierFiguresTests.List.Replace(Finished, "2025-07-29T09:00:00+07:00,2025-08-15,,,,2025-08-20");

    private static async Task<TestDatabase> IngestedAsync()
    {
        var db = await TestDatabase.CreateAsync(DossierFiguresTests.CalendarMonths);
        Assert.Contains(Finished, DossierFiguresTests.List);
        Assert.True((await db.IngestAsync(DossierFiguresTests.List, "ho-so.csv")).Succeeded);
        return db;
    }

    /// <summary>Every stored dossier with every column, its id and its batch included, and the facts.</summary>
    private static async Task<(List<string> Dossiers, List<string> Facts)> StateAsync(TestDatabase db)
    {
        await using var context = db.Open();
        var dossiers = (await context.Dossiers.AsNoTracking().ToListAsync()).Select(d =>
            $"{d.Id} {d.UnitCode} {d.Code} {d.ProcedureCode} {d.ProcedureName} {d.FieldCode} {d.Online} {d.ReceivedOn} {d.DueOn} " +
            $"{d.HandlingDays} {d.DueFromHandlingDays} {d.SupplementRequests} {d.SupplementDays} {d.FinishedOn} {d.Outcome} {d.BatchId}");
        var facts = (await context.Facts.AsNoTracking().ToListAsync()).Select(f => $"{f.Period} {f.ProvinceCode} {f.FieldCode} {f.Values} {f.BatchId}");
        return ([.. dossiers.Order(StringComparer.Ordinal)], [.. facts.Order(StringComparer.Ordinal)]);
    }

    private static Task<BatchRollback.Outcome> RollbackAsync(TestDatabase db, int batch) =>
        db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(batch));

    [Fact]
    public async Task A_corrected_list_rewrites_only_the_dossiers_it_changes_and_keeps_the_replaced_one()
    {
        await using var db = await IngestedAsync();
        var first = await StateAsync(db);
        var corrected = await db.IngestAsync(Corrected, "ho-so-2.csv");
        Assert.True(corrected.Succeeded);

        await using var context = db.Open();
        var byBatch = await context.Dossiers.AsNoTracking().GroupBy(d => d.BatchId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(2, byBatch.Count);
        Assert.Equal(1, byBatch.Single(b => b.Key == corrected.BatchId).Count);
        Assert.Equal(new DateOnly(2025, 8, 20), (await context.Dossiers.AsNoTracking().SingleAsync(d => d.Code == "J")).FinishedOn);
        var kept = await context.ReplacedDossiers.AsNoTracking().SingleAsync();
        Assert.Equal(("J", new DateOnly(2025, 8, 14), corrected.BatchId), (kept.Code, kept.FinishedOn, (int?)kept.ReplacedByBatchId));
        Assert.Contains(first.Dossiers, d => d.StartsWith($"{kept.Id} 25 J ", StringComparison.Ordinal) && d.EndsWith($" {kept.BatchId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_batch_list_shows_the_dossiers_each_batch_wrote_and_replaced()
    {
        await using var db = await IngestedAsync();
        var corrected = await db.IngestAsync(Corrected, "ho-so-2.csv");
        int stored;
        await using (var context = db.Open()) stored = await context.Dossiers.CountAsync();

        var list = await KpiProcess.RunAsync(db, "batches", "--json");
        Assert.Equal(0, list.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(list.Out);
        var counts = json.RootElement.EnumerateArray()
            .Select(b => (b.GetProperty("id").GetInt32(), b.GetProperty("dossiers").GetInt32(), b.GetProperty("dossiers_replaced").GetInt32())).ToList();
        Assert.Equal([(1, stored - 1, 0), (corrected.BatchId!.Value, 1, 1)], counts);
        Assert.Contains("hồ sơ/doss.", (await KpiProcess.RunAsync(db, "batches")).Out);
    }

    [Fact]
    public async Task Rolling_back_a_corrected_list_puts_its_dossiers_back_so_a_recompute_changes_nothing()
    {
        await using var db = await IngestedAsync();
        var before = await StateAsync(db);
        var corrected = await db.IngestAsync(Corrected, "ho-so-2.csv");
        Assert.NotEqual(before.Facts, (await StateAsync(db)).Facts);

        var rollback = await RollbackAsync(db, corrected.BatchId!.Value);
        Assert.True(rollback.Succeeded, rollback.MessageEn);
        Assert.Contains("dossiers: removed 1, restored 1", rollback.MessageEn);
        var after = await StateAsync(db);
        Assert.Equal(before.Dossiers, after.Dossiers);
        Assert.Equal(before.Facts, after.Facts);
        await using (var context = db.Open()) Assert.Equal(0, await context.ReplacedDossiers.CountAsync());

        // Before the fix the rolled-back list's J stayed stored, and this brought its figures back.
        var recompute = await db.With<DossierRecompute, DossierRecompute.Outcome>(r => r.RunAsync(new DossierRecompute.Request(null, null, null, false), default));
        Assert.True(recompute.Result.Succeeded);
        Assert.Null(recompute.Result.BatchId);
        Assert.Equal(before.Facts, (await StateAsync(db)).Facts);
    }

    [Fact]
    public async Task A_list_whose_dossiers_a_later_list_changed_rolls_back_only_after_it()
    {
        await using var db = await IngestedAsync();
        int firstBatch;
        await using (var context = db.Open()) firstBatch = await context.Batches.MaxAsync(b => b.Id);
        // Only a procedure renamed: the figures stay, so the later batch changed dossiers only.
        var renamed = await db.IngestAsync(DossierFiguresTests.List.Replace("A,1.004227,Cấp giấy phép sử dụng tần số,", "A,1.004228,Cấp lại giấy phép,"), "ho-so-2.csv");
        Assert.NotNull(renamed.BatchId);
        var renamedState = await StateAsync(db);

        var refused = await RollbackAsync(db, firstBatch);
        Assert.False(refused.Succeeded);
        Assert.Contains($"roll back batch {renamed.BatchId}", refused.MessageEn);
        var afterRefusal = await StateAsync(db);
        Assert.Equal(renamedState.Dossiers, afterRefusal.Dossiers);
        Assert.Equal(renamedState.Facts, afterRefusal.Facts);

        Assert.True((await RollbackAsync(db, renamed.BatchId!.Value)).Succeeded);
        await using (var context = db.Open())
        {
            var a = await context.Dossiers.AsNoTracking().SingleAsync(d => d.Code == "A");
            Assert.Equal(("1.004227", "Cấp giấy phép sử dụng tần số", firstBatch), (a.ProcedureCode, a.ProcedureName, a.BatchId));
        }

        var whole = await RollbackAsync(db, firstBatch);
        Assert.True(whole.Succeeded, whole.MessageEn);
        Assert.Contains("dossiers: removed 14, restored 0", whole.MessageEn);
        await using (var context = db.Open())
        {
            Assert.Equal(0, await context.Dossiers.CountAsync());
            Assert.Equal(0, await context.ReplacedDossiers.CountAsync());
            Assert.Equal(0, await context.Facts.CountAsync());
        }
    }
}
