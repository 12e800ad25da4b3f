using System.Data.Common;
using System.Text;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Ingest;

/// <summary>
/// A load into an empty Facts table builds its indexes (and on PostgreSQL checks its foreign keys) after the insert;
/// a load into a table that has facts maintains them row by row. Both must give the same batch.
/// </summary>
public sealed class FirstLoadTests
{
    private const string Communes = "code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n";

    // Two months of Phú Thọ, communes and the provincial agencies, one row with some figures missing; row 6 carries
    // over 9 where June left 18 pending.
    private const string Figures = Csv.Header +
        "2025-06,25,04792,TSVTD,12,8,0,10,4,1,4,1\n" +
        "2025-06,25,04795,SHTT,5,,,3,1,0,,\n" +
        "2025-06,25,,TSVTD,30,13,10,27,8,0,17,1\n" +
        "2025-07,25,04792,TSVTD,10,5,5,12,3,0,4,1\n" +
        "2025-07,25,,TSVTD,20,10,9,25,5,0,8,1\n" +
        "2025-07,01,,SHTT,1,2,3,1,1,1,2,1\n";

    // Another province and year: the facts table is not empty, but nothing is merged.
    private const string Elsewhere = Csv.Header + "2024-01,79,,BC,1,1,0,1,1,0,0,0\n";

    // Another province in a month of the file: the rows are merged with the facts, and none matches.
    private const string SameMonth = Csv.Header + "2025-06,79,,BC,1,1,0,1,1,0,0,0\n";

    [Fact]
    public async Task Empty_other_months_and_same_months_give_the_same_facts_counters_and_warnings()
    {
        await using var empty = await CreateAsync();
        await using var elsewhere = await CreateAsync();
        await using var sameMonth = await CreateAsync();
        Assert.True((await elsewhere.IngestAsync(Elsewhere)).Succeeded);
        Assert.True((await sameMonth.IngestAsync(SameMonth)).Succeeded);

        var (first, firstLog) = await empty.IngestLoggedAsync(Figures);
        var (other, otherLog) = await elsewhere.IngestLoggedAsync(Figures);
        var (merged, mergedLog) = await sameMonth.IngestLoggedAsync(Figures);

        Assert.Contains(firstLog, m => m.Contains("Batch phase rebuild indexes"));
        Assert.DoesNotContain(otherLog, m => m.Contains("Batch phase rebuild indexes"));
        Assert.DoesNotContain(mergedLog, m => m.Contains("Batch phase rebuild indexes"));
        Assert.Empty(first.Errors);
        Assert.Equal((6, 6, 0, 0), Counters(first));
        Assert.Equal(Counters(first), Counters(other));
        Assert.Equal(Counters(first), Counters(merged));
        Assert.Equal([(6, "carried_over_mismatch")], first.Warnings.Select(w => (w.Row, w.Code)));
        Assert.Equal(first.Warnings, other.Warnings);
        Assert.Equal(first.Warnings, merged.Warnings);
        var facts = await FactsOfAsync(empty, first.BatchId!.Value);
        Assert.Equal(6, facts.Count);
        Assert.Equal(facts, await FactsOfAsync(elsewhere, other.BatchId!.Value));
        Assert.Equal(facts, await FactsOfAsync(sameMonth, merged.BatchId!.Value));
    }

    private static (int, int, int, int) Counters(IngestResult r) => (r.RowsRead, r.Inserted, r.Updated, r.Unchanged);

    [Fact]
    public async Task A_first_load_leaves_the_indexes_and_keys_the_migrations_made_and_they_hold()
    {
        await using var db = await CreateAsync();
        var before = await TableCatalogue.ReadAsync(db, "Facts");
        Assert.True((await db.IngestAsync(Figures)).Succeeded);
        Assert.Equal(before, await TableCatalogue.ReadAsync(db, "Facts"));

        // The rebuilt natural key still refuses a second fact for the same month, unit and field.
        await using var connection = db.Connect();
        await connection.OpenAsync();
        await using var duplicate = connection.CreateCommand();
        duplicate.CommandText = "INSERT INTO \"Facts\" (\"Period\", \"ProvinceCode\", \"CommuneCode\", \"FieldCode\", \"BatchId\", \"IsDemo\") " +
                                "SELECT \"Period\", \"ProvinceCode\", \"CommuneCode\", \"FieldCode\", \"BatchId\", \"IsDemo\" FROM \"Facts\" WHERE \"CommuneCode\" IS NULL";
        await Assert.ThrowsAnyAsync<DbException>(() => duplicate.ExecuteNonQueryAsync());
        // And the rebuilt foreign keys still refuse a field that does not exist (a plain SQLite connection checks none).
        // Units have no key to check against: a code is a unit only with its month (old and new codes collide), which
        // ingest resolves and kpi check verifies.
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await using var checkKeys = connection.CreateCommand();
            checkKeys.CommandText = "PRAGMA foreign_keys = ON";
            await checkKeys.ExecuteNonQueryAsync();
        }
        await using var orphan = connection.CreateCommand();
        orphan.CommandText = "UPDATE \"Facts\" SET \"FieldCode\" = 'NO-SUCH-FIELD' WHERE \"CommuneCode\" IS NOT NULL";
        await Assert.ThrowsAnyAsync<DbException>(() => orphan.ExecuteNonQueryAsync());

        var again = await db.IngestAsync(Figures);
        Assert.True(again.ChangedNothing);
        Assert.Equal(6, again.Unchanged);
    }

    [Fact]
    public async Task A_first_load_that_fails_after_the_indexes_were_dropped_writes_nothing_and_keeps_them()
    {
        await using var db = await CreateAsync();
        // A rule the file breaks that only an index checks: the batch fails when that index is rebuilt after the insert.
        await using (var connection = db.Connect())
        {
            await connection.OpenAsync();
            await using var rule = connection.CreateCommand();
            rule.CommandText = "CREATE UNIQUE INDEX \"IX_Test_OneUnitPerFieldAndMonth\" ON \"Facts\" (\"FieldCode\", \"Period\")";
            await rule.ExecuteNonQueryAsync();
        }
        var catalogue = await TableCatalogue.ReadAsync(db, "Facts");
        var before = await db.DumpAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => db.IngestAsync(Figures));

        Assert.Equal(catalogue, await TableCatalogue.ReadAsync(db, "Facts"));
        Assert.Equal(before, await db.DumpAsync());
        await using var context = db.Open();
        Assert.Equal(0, await context.Facts.CountAsync());
        Assert.Equal(0, await context.Batches.CountAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Duplicate_keys_are_named_by_row_and_nothing_is_written(bool factsBefore)
    {
        await using var db = await CreateAsync();
        if (factsBefore) Assert.True((await db.IngestAsync(SameMonth)).Succeeded);
        var before = await db.DumpAsync();
        var file = Csv.Header +
            "2025-07,25,04792,TSVTD,10,5,5,12,3,0,4,1\n" +
            "2025-07,25,,TSVTD,20,10,9,25,5,0,8,1\n" +
            "2025-07,25,04792,TSVTD,10,5,5,12,3,0,4,1\n" +
            "2025-07,Phú Thọ,4792,TSVTD,1,1,0,1,1,0,0,0\n" +
            "tháng 7/2025,25,,TSVTD,20,10,9,25,5,0,8,1\n" +
            "2025-08,25,04792,TSVTD,10,5,5,12,3,0,4,1\n";

        var result = await db.IngestAsync(file);

        Assert.Equal([(4, "duplicate_key"), (5, "duplicate_key"), (6, "duplicate_key")], result.Errors.Select(e => (e.Row, e.Code)));
        Assert.Contains("row 2", result.Errors[0].MessageEn);
        Assert.Contains("row 2", result.Errors[1].MessageEn);
        Assert.Contains("row 3", result.Errors[2].MessageEn);
        Assert.Null(result.BatchId);
        Assert.Equal(before, await db.DumpAsync());
    }

    private static async Task<TestDatabase> CreateAsync()
    {
        var db = await TestDatabase.CreateAsync();
        var units = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Communes))));
        Assert.Empty(units.Errors);
        return db;
    }

    /// <summary>The facts a batch wrote, in the order of their ids, without the ids.</summary>
    private static async Task<List<string>> FactsOfAsync(TestDatabase db, int batchId)
    {
        await using var context = db.Open();
        var facts = await context.Facts.Where(f => f.BatchId == batchId).OrderBy(f => f.Id).ToListAsync();
        return facts.Select(f => $"{f.Period} {f.ProvinceCode} {f.CommuneCode} {f.FieldCode} demo={f.IsDemo} {f.Values}").ToList();
    }
}
