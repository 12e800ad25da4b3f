using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Summaries;

/// <summary>
/// A batch into months without other facts writes the summaries it summed while its rows streamed; they must be the rows
/// <see cref="FactSummaryRefresh"/> reads back from the facts, and those the normal path writes for the same file.
/// </summary>
public sealed class StreamedSummaryTests
{
    private const string Communes = "code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n00004,Phường Ba Đình,01\n";

    // Two provinces and months, communes and provincial agencies, unknown cells (a column unknown in a whole group, one
    // known in part of it), zeros, and a field with one row only.
    private const string Figures = Csv.Header +
        "2025-06,25,04792,TSVTD,12,8,0,10,4,1,4,1\n" +
        "2025-06,25,04795,TSVTD,5,,,3,1,0,,\n" +
        "2025-06,25,04795,SHTT,0,0,0,0,0,0,0,0\n" +
        "2025-06,25,,TSVTD,30,13,10,27,8,0,17,1\n" +
        "2025-06,01,00004,TSVTD,7,,2,5,2,0,,\n" +
        "2025-06,01,,SHTT,1,2,3,1,1,1,2,1\n" +
        "2025-07,25,04792,TSVTD,10,5,5,12,3,0,4,1\n" +
        "2025-07,25,,TSVTD,20,10,9,25,5,0,8,1\n" +
        "2025-07,01,00004,TSVTD,3,1,,2,1,,1,\n";

    // Another province in a month of the file: the file's rows are merged with the facts, and summaries refreshed from them.
    private const string SameMonth = Csv.Header + "2025-06,79,,BC,1,1,0,1,1,0,0,0\n";

    // Facts in another year only: nothing is merged, so the sums of the rows are used.
    private const string Elsewhere = Csv.Header + "2024-01,79,,BC,1,1,0,1,1,0,0,0\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Summed_rows_equal_the_refresh_from_the_facts_and_the_normal_paths_summaries(bool demo)
    {
        await using var empty = await CreateAsync();
        await using var elsewhere = await CreateAsync();
        await using var sameMonth = await CreateAsync();
        Assert.True((await elsewhere.IngestAsync(Elsewhere)).Succeeded);
        Assert.True((await sameMonth.IngestAsync(SameMonth)).Succeeded);

        var (first, firstLog) = await IngestLoggedAsync(empty, Figures, demo);
        var (other, otherLog) = await IngestLoggedAsync(elsewhere, Figures, demo);
        var (merged, mergedLog) = await IngestLoggedAsync(sameMonth, Figures, demo);
        Assert.All(new[] { first, other, merged }, r => Assert.Equal(9, r.Inserted));
        Assert.Contains(firstLog, m => m.StartsWith("Batch phase summaries from the rows", StringComparison.Ordinal));
        Assert.Contains(otherLog, m => m.StartsWith("Batch phase summaries from the rows", StringComparison.Ordinal));
        Assert.Contains(mergedLog, m => m.StartsWith("Batch phase summaries took", StringComparison.Ordinal));

        // What the rows gave is what the refresh reads back from the facts, row for row, in every grain.
        foreach (var db in new[] { empty, elsewhere })
        {
            var streamed = await SummariesAsync(db);
            await using (var context = db.Open()) await FactSummaryRefresh.RefreshAllAsync(context);
            Assert.Equal(await SummariesAsync(db), streamed);
            await SummaryCheck.AssertMatchesFactsAsync(db.Open);
        }
        // And the normal path's rows of the file's provinces are the same (the nation's rows differ by the other province).
        Assert.Equal(await SummariesAsync(sameMonth, "25", "01"), await SummariesAsync(empty, "25", "01"));
        // Per month and province: each field and level, each commune, each level (7 + 5 in June, 5 + 3 in July).
        Assert.Equal(20, (await SummariesAsync(empty, "25", "01")).Count);
        Assert.All(await SummariesAsync(empty), r => Assert.Contains(demo ? "demo=rows" : "demo=0", r));
    }

    [Fact]
    public async Task Rolling_back_a_first_load_empties_its_summaries()
    {
        await using var db = await CreateAsync();
        var (result, log) = await IngestLoggedAsync(db, Figures, demo: false);
        Assert.Contains(log, m => m.StartsWith("Batch phase summaries from the rows", StringComparison.Ordinal));
        Assert.NotEmpty(await SummariesAsync(db));

        var outcome = await db.With<BatchRollback, BatchRollback.Outcome>(r => r.RollbackAsync(result.BatchId!.Value));

        Assert.True(outcome.Succeeded, outcome.MessageEn);
        Assert.Empty(await SummariesAsync(db));
    }

    private static async Task<TestDatabase> CreateAsync()
    {
        var db = await TestDatabase.CreateAsync();
        var units = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(Csv.Stream(Communes)));
        Assert.Empty(units.Errors);
        return db;
    }

    private static async Task<(IngestResult Result, List<string> Log)> IngestLoggedAsync(TestDatabase db, string csv, bool demo)
    {
        var log = new ListLogger<BatchWriter>();
        await using var services = db.Services(s => s.AddSingleton<ILogger<BatchWriter>>(log));
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
            .IngestAsync(Csv.Stream(csv), "figures.csv", new IngestOptions(IsDemo: demo));
        Assert.Empty(result.Errors);
        Assert.NotNull(result.BatchId);
        return (result, log.Messages);
    }

    /// <summary>Every summary row as text, in key order; only the given provinces' when some are given.</summary>
    private static async Task<List<string>> SummariesAsync(TestDatabase db, params string[] provinces)
    {
        await using var context = db.Open();
        var rows = await context.FactSummaries.AsNoTracking()
            .Where(s => provinces.Length == 0 || provinces.Contains(s.ProvinceCode)).ToListAsync();
        return rows
            .OrderBy(s => s.Period).ThenBy(s => s.ProvinceCode, StringComparer.Ordinal).ThenBy(s => s.FieldCode, StringComparer.Ordinal)
            .ThenBy(s => s.CommuneLevel).ThenBy(s => s.CommuneCode, StringComparer.Ordinal)
            .Select(s => $"{s.Period} '{s.ProvinceCode}' '{s.FieldCode}' {s.CommuneLevel} '{s.CommuneCode}' rows={s.Rows} " +
                         $"demo={(s.DemoRows == s.Rows ? "rows" : s.DemoRows.ToString(System.Globalization.CultureInfo.InvariantCulture))} {s.Sums}")
            .ToList();
    }
}
