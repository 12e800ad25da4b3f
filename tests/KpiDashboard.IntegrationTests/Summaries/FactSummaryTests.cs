using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Summaries;

/// <summary>
/// The summary table behind the nation and province figures stays equal to the facts through every kind of write:
/// the demo, an ingest with communes and unknown cells, a correction, a file with some columns only, rollbacks.
/// </summary>
public sealed class FactSummaryTests
{
    private const string Communes = "code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n04828,Phường Thống Nhất,25\n";

    // Communes and provincial agencies, some cells unknown; Phú Thọ's June SHTT replaces a demo fact.
    private const string Original = Csv.Header +
        "2025-06,25,04792,TSVTD,12,8,0,10,4,1,4,1\n" +
        "2025-06,25,04795,SHTT,5,,,3,1,0,,\n" +
        "2025-06,25,,SHTT,7,3,2,5,2,0,4,1\n" +
        "2025-07,25,04828,TSVTD,2,2,1,1,1,0,3,0\n";

    // Changed values, an unknown cell that became known, a known one that became unknown, and a new row.
    private const string Correction = Csv.Header +
        "2025-06,25,04792,TSVTD,13,8,0,10,5,1,4,1\n" +
        "2025-06,25,04795,SHTT,5,2,,3,1,0,,\n" +
        "2025-07,25,04828,TSVTD,2,,1,1,1,0,3,0\n" +
        "2025-07,25,04828,VT,1,0,0,1,0,0,0,0\n";

    // Only the online count: the stored facts keep their other columns (one of them a demo fact of Hồ Chí Minh City).
    private const string OnlineOnly = "period,province,commune,field,received_online\n2025-06,25,04795,SHTT,9\n2025-07,79,,TSVTD,50\n";

    [Fact]
    public async Task The_demo_load_fills_the_summaries()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.With<DemoDataLoader, IngestResult>(d => d.LoadAsync());
        await SummaryCheck.AssertMatchesFactsAsync(db.Open);
    }

    [Fact]
    public async Task Ingest_correction_and_partial_files_keep_the_summaries_equal_to_the_facts()
    {
        await using var db = await SeededAsync();
        await IngestAsync(db, Original);
        await SummaryCheck.AssertMatchesFactsAsync(db.Open);
        Assert.Equal(1, (await IngestAsync(db, Correction)).Inserted);
        await SummaryCheck.AssertMatchesFactsAsync(db.Open);
        Assert.Equal(2, (await IngestAsync(db, OnlineOnly)).Updated);
        await SummaryCheck.AssertMatchesFactsAsync(db.Open);
    }

    [Fact]
    public async Task Rollbacks_put_the_summaries_back()
    {
        await using var db = await SeededAsync();
        var original = await IngestAsync(db, Original);
        var correction = await IngestAsync(db, Correction);
        var partial = await IngestAsync(db, OnlineOnly);
        foreach (var batch in new[] { partial, correction, original })
        {
            var outcome = await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(batch.BatchId!.Value));
            Assert.True(outcome.Succeeded, outcome.MessageEn);
            await SummaryCheck.AssertMatchesFactsAsync(db.Open);
        }
        // Back to the demo alone: no commune-level summaries, and Phú Thọ's June SHTT is a demo figure again.
        await using var context = db.Open();
        Assert.False(await context.FactSummaries.AnyAsync(s => s.CommuneLevel));
        Assert.True(await context.FactSummaries.Where(s => s.Period == 202506 && s.ProvinceCode == "25" && s.FieldCode == "SHTT")
            .AllAsync(s => s.DemoRows == s.Rows));
    }

    [Fact]
    public async Task Each_scope_reads_the_coarsest_grain_that_answers_it()
    {
        await using var db = await SeededAsync();
        await IngestAsync(db, Original);
        var june = Period.OfMonth(new Month(2025, 6));
        Task<Figures> Total(Scope scope) => db.With<FigureQuery, Figures>(q => q.TotalAsync(scope, june));
        Scope[] scopes =
        [
            Scope.Nation, new("25"), new(FieldCode: "TSVTD"), new("25", FieldCode: "TSVTD"),
            new("25", "04792"), new("25", "04792", "TSVTD"),
        ];
        var before = new List<long?>();
        foreach (var scope in scopes) before.Add((await Total(scope)).Received.Value);

        // Tân Hòa's June TSVTD is counted once in each grain: mark each grain's row with its own amount.
        (string Province, string Field, string Commune, int Mark)[] marks =
        [
            ("25", "TSVTD", FactSummary.All, 1), ("25", FactSummary.All, FactSummary.All, 10),
            (FactSummary.All, "TSVTD", FactSummary.All, 100), (FactSummary.All, FactSummary.All, FactSummary.All, 1000),
            ("25", FactSummary.All, "04792", 10000),
        ];
        await using (var context = db.Open())
            foreach (var (province, field, commune, mark) in marks)
                Assert.Equal(1, await context.FactSummaries
                    .Where(s => s.Period == 202506 && s.ProvinceCode == province && s.FieldCode == field && s.CommuneCode == commune && s.CommuneLevel)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Sums.Received.Sum, s => s.Sums.Received.Sum + mark)));

        // The nation, a province, a field, a province's field, a commune; a commune's field comes from the facts.
        long[] read = [1000, 10, 100, 1, 10000, 0];
        for (var i = 0; i < scopes.Length; i++)
            Assert.Equal(before[i] + read[i], (await Total(scopes[i])).Received.Value);
        var byCommune = await db.With<FigureQuery, IReadOnlyList<Grouped<string?>>>(q => q.ByCommuneAsync(new Scope("25"), june));
        Assert.Equal(before[4] + 10000, byCommune.Single(g => g.Key == "04792").Figures.Received.Value);
    }

    /// <summary>
    /// A database made before the summaries existed gets them, filled from its facts, when it is upgraded. Only SQLite
    /// has such databases: the PostgreSQL migrations are one Initial regenerated while no deployment uses it.
    /// </summary>
    [Fact, Trait("Database", "Sqlite")]
    public async Task Upgrading_a_sqlite_database_fills_the_summaries_from_its_facts()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "20261128074021_AddPullSources");
        await using (var context = db.Open())
        {
            // In SQL: today's model has columns (validity) that this old schema lacks.
            await context.Database.ExecuteSqlRawAsync("INSERT INTO \"Communes\" (\"Code\", \"Name\", \"Kind\", \"ProvinceCode\") VALUES ('04792', 'Tân Hoà', 'Phường', '25')");
            var batch = new Batch { SourceName = "before", SourceHash = new string('0', 64), CreatedUtc = DateTimeOffset.UnixEpoch, IsDemo = true };
            context.Batches.Add(batch);
            await context.SaveChangesAsync();
            context.Facts.AddRange(
                new Fact { Period = 202506, ProvinceCode = "25", FieldCode = "SHTT", BatchId = batch.Id, IsDemo = true, Values = new Measures { Received = 9, Resolved = 4 } },
                new Fact { Period = 202506, ProvinceCode = "25", CommuneCode = "04792", FieldCode = "SHTT", BatchId = batch.Id, Values = new Measures { ReceivedOnline = 3, ReceivedOffline = 1 }.WithDerivedTotals() },
                new Fact { Period = 202507, ProvinceCode = "01", FieldCode = "BC", BatchId = batch.Id, Values = new Measures { Handled = 10, Pending = 4 } });
            await context.SaveChangesAsync();
        }

        await db.With<DatabaseMigrator, bool>(async m => { await m.MigrateAsync(); return true; });

        // Three groups of facts (month, province, field, level), each in the four grains, and the commune's row.
        await using (var context = db.Open()) Assert.Equal(13, await context.FactSummaries.CountAsync());
        await SummaryCheck.AssertMatchesFactsAsync(db.Open);
    }

    private static async Task<TestDatabase> SeededAsync()
    {
        var db = await TestDatabase.CreateAsync();
        await db.With<DemoDataLoader, IngestResult>(d => d.LoadAsync());
        var units = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(Csv.Stream(Communes)));
        Assert.Empty(units.Errors);
        return db;
    }

    private static async Task<IngestResult> IngestAsync(TestDatabase db, string csv)
    {
        var result = await db.IngestAsync(csv);
        Assert.Empty(result.Errors);
        Assert.NotNull(result.BatchId);
        return result;
    }
}
