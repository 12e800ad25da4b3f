using System.Globalization;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.History;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Safety;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Ingest;

/// <summary>
/// A first load into an empty Facts writes its rows straight into Facts and checks their keys in memory; the same file
/// through staging (Facts has a row of another year) must give the same batch, warnings and errors, and a failed or
/// killed first load must write nothing.
/// </summary>
public sealed class DirectFirstLoadTests
{
    private const string Direct = "Batch phase insert into facts took";
    private const string Staged = "Batch phase stage took";

    // Pending = 4k.
    private static string June(string commune, int k) => $"2025-06,17,{commune},SHTT,{10 * k},{5 * k},{2 * k},{8 * k},{4 * k},{k},{3 * k},{k}\n";

    // Pending = carried + 2.
    private static string July(string commune, int carried) => $"2025-07,25,{commune},SHTT,10,5,{carried},8,4,1,{carried + 1},1\n";

    // Old Hòa Bình's June, today's Phú Thọ's July and August (CarriedOverAcrossTheDateTests has the communes): across the
    // date 04831 carries 15 over where its predecessors left 16 (row 11); August's 04831 carries 7 over where July left
    // 17 (row 15; the agency's July row 13 left 6 and its August row 14 carries 6 over); 04891 has a split predecessor.
    private static readonly string Figures = Csv.Header +
        June("04834", 1) + June("04846", 2) + June("04831", 1) + June("04867", 1) + June("04879", 1) + June("04885", 1) + June("04888", 1) + June("04891", 5) +
        July("04846", 12) + July("04831", 15) + July("04891", 3) +
        "2025-07,25,,SHTT,20,10,6,25,5,0,5,1\n" +
        "2025-08,25,,SHTT,20,10,6,25,5,0,5,1\n" +
        "2025-08,25,04831,SHTT,10,5,7,8,4,1,8,1\n" +
        "2025-08,25,04846,SHTT,1,,,1,,,,\n";

    // A fact of another year: Facts is not empty, nothing merges, the file stages.
    private const string Elsewhere = "2024-01,17,,SHTT,1,1,0,1,1,0,0,0\n";

    [Fact]
    public async Task A_first_load_written_directly_equals_the_same_file_staged()
    {
        await using var empty = await CreateAsync();
        await using var staged = await CreateAsync();
        Assert.Empty((await staged.IngestAsync(Csv.Header + Elsewhere)).Errors);

        var (direct, directLog) = await empty.IngestLoggedAsync(Figures);
        var (viaStaging, stagingLog) = await staged.IngestLoggedAsync(Figures);

        Assert.Contains(directLog, m => m.StartsWith(Direct, StringComparison.Ordinal));
        Assert.DoesNotContain(directLog, m => m.StartsWith(Staged, StringComparison.Ordinal));
        Assert.Contains(stagingLog, m => m.StartsWith(Staged, StringComparison.Ordinal));
        Assert.Empty(direct.Errors);
        Assert.Equal((15, 15, 0, 0), (direct.RowsRead, direct.Inserted, direct.Updated, direct.Unchanged));
        Assert.Equal((viaStaging.RowsRead, viaStaging.Inserted, viaStaging.Updated, viaStaging.Unchanged),
            (direct.RowsRead, direct.Inserted, direct.Updated, direct.Unchanged));
        // The same month's check first, then the check across the date, as the staging path gives them.
        Assert.Equal([15, 11], direct.Warnings.Select(w => w.Row));
        Assert.Equal(viaStaging.Warnings, direct.Warnings);
        Assert.Equal(await FactsAsync(staged, viaStaging.BatchId!.Value), await FactsAsync(empty, direct.BatchId!.Value));
        Assert.Equal(await SummariesAsync(staged), await SummariesAsync(empty));
        Assert.Equal(await SubmissionsAsync(staged), await SubmissionsAsync(empty));
        Assert.Equal(await BatchAsync(staged, viaStaging.BatchId.Value), await BatchAsync(empty, direct.BatchId.Value));
        await using (var context = empty.Open())
            Assert.Empty(await SummaryInvariant.RunAsync(context, DatabaseCheck.Limit, CancellationToken.None));

        // The indexes are back: the same file again is unchanged, row for row.
        var again = await empty.IngestAsync(Figures);
        Assert.True(again.ChangedNothing);
        Assert.Equal(15, again.Unchanged);
    }

    [Fact]
    public async Task Duplicates_and_bad_rows_in_a_first_load_give_the_staging_errors_and_write_nothing()
    {
        await using var empty = await CreateAsync();
        await using var staged = await CreateAsync();
        Assert.Empty((await staged.IngestAsync(Csv.Header + Elsewhere)).Errors);
        var file = Figures +
            July("04831", 15) +                        // row 17: row 11's key
            "2025-07,25,04846,SHTT,1,1,0,1,1,0,0,0\n" + // row 18: row 10's key
            "2025-13,25,04846,SHTT,1,1,0,1,1,0,0,0\n" + // row 19: no such month
            June("04834", 1);                          // row 20: row 2's key
        var emptyBefore = await empty.DumpAsync();
        var stagedBefore = await staged.DumpAsync();

        var (direct, directLog) = await empty.IngestLoggedAsync(file);
        var (viaStaging, _) = await staged.IngestLoggedAsync(file);

        Assert.Contains(directLog, m => m.StartsWith(Direct, StringComparison.Ordinal));
        Assert.Equal([17, 18, 19, 20], direct.Errors.Select(e => e.Row));
        Assert.Equal(viaStaging.Errors, direct.Errors);
        Assert.Contains("row 11", direct.Errors[0].MessageEn);
        Assert.Equal(viaStaging.Warnings, direct.Warnings);
        Assert.Null(direct.BatchId);
        Assert.Equal(emptyBefore, await empty.DumpAsync());
        Assert.Equal(stagedBefore, await staged.DumpAsync());
        await using var context = empty.Open();
        Assert.Equal(0, await context.Facts.CountAsync());
    }

    [Fact]
    public async Task An_approved_unit_refuses_a_first_load_as_it_refuses_a_staged_one()
    {
        await using var empty = await CreateAsync();
        await using var staged = await CreateAsync();
        Assert.Empty((await staged.IngestAsync(Csv.Header + Elsewhere)).Errors);
        foreach (var db in new[] { empty, staged })
        {
            await using var context = db.Open();
            context.Submissions.Add(new Submission
            {
                Period = 202508, Level = ReportingLevel.Commune, UnitCode = "04831", ProvinceCode = "25", State = SubmissionState.Approved,
                ApprovedBy = "province", ApprovedUtc = DateTimeOffset.UnixEpoch, UpdatedUtc = DateTimeOffset.UnixEpoch,
            });
            await context.SaveChangesAsync();
        }
        var emptyBefore = await empty.DumpAsync();

        var (direct, directLog) = await empty.IngestLoggedAsync(Figures);
        var (viaStaging, _) = await staged.IngestLoggedAsync(Figures);

        Assert.Contains(directLog, m => m.StartsWith(Direct, StringComparison.Ordinal));
        Assert.Equal("period_approved", Assert.Single(direct.Errors).Code);
        Assert.Equal(viaStaging.Errors, direct.Errors);
        Assert.Null(direct.BatchId);
        Assert.Equal(emptyBefore, await empty.DumpAsync());
    }

    [Fact]
    public async Task Sigkill_once_the_rows_are_in_facts_leaves_the_database_empty_and_the_load_then_succeeds()
    {
        await using var db = await TestDatabase.CreateAsync();
        // 3,321 communes × 7 fields × 6 months = 139,482 rows: what follows the insert takes long enough to be killed in.
        var file = await KpiProcess.GenerateAsync(db, months: 6, fields: 7);
        var before = await db.DumpAsync();
        var catalogue = await TableCatalogue.ReadAsync(db, "Facts");

        var (killed, exitCode) = await KpiProcess.KillAfterAsync(db, Direct, "--verbose", "ingest", file);
        Assert.True(killed, "the ingest did not write its rows straight into Facts");
        Assert.NotEqual(0, exitCode);

        Assert.Equal(before, await db.DumpAsync());
        Assert.Equal(catalogue, await TableCatalogue.ReadAsync(db, "Facts"));
        var run = await KpiProcess.RunAsync(db, "--verbose", "ingest", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Direct, run.Error, StringComparison.Ordinal);
        await using var context = db.Open();
        Assert.Equal(139_482, await context.Facts.CountAsync());
        Assert.Equal(1, await context.Batches.CountAsync());
        Assert.Equal(catalogue, await TableCatalogue.ReadAsync(db, "Facts"));
    }

    private static async Task<TestDatabase> CreateAsync()
    {
        var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        return db;
    }

    private static async Task<List<string>> FactsAsync(TestDatabase db, int batchId)
    {
        await using var context = db.Open();
        var facts = await context.Facts.AsNoTracking().Where(f => f.BatchId == batchId).ToListAsync();
        return facts.Select(f => $"{f.Period} {f.ProvinceCode} {f.CommuneCode} {f.FieldCode} demo={f.IsDemo} {f.Values}").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The summaries of the file's months (the staged database has another year's too).</summary>
    private static async Task<List<string>> SummariesAsync(TestDatabase db)
    {
        await using var context = db.Open();
        var rows = await context.FactSummaries.AsNoTracking().Where(s => s.Period >= 202506).ToListAsync();
        return rows.Select(s => $"{s.Period} {s.ProvinceCode} {s.FieldCode} {s.CommuneLevel} {s.CommuneCode} {s.Rows} {s.DemoRows} {s.Sums}")
            .Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> SubmissionsAsync(TestDatabase db)
    {
        await using var context = db.Open();
        var rows = await context.Submissions.AsNoTracking().Where(s => s.Period >= 202506).ToListAsync();
        return rows.Select(s => $"{s.Period} {s.Level} {s.UnitCode} {s.ProvinceCode} {s.State} {s.Channel} {s.SubmittedBy} {s.SubmittedUtc is not null}")
            .Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<string> BatchAsync(TestDatabase db, int batchId)
    {
        await using var context = db.Open();
        var b = await context.Batches.AsNoTracking().SingleAsync(b => b.Id == batchId);
        return string.Create(CultureInfo.InvariantCulture, $"{b.SourceName} {b.SourceHash} {b.RowsRead} {b.Inserted} {b.Updated} {b.Unchanged} {b.IsDemo}");
    }
}
