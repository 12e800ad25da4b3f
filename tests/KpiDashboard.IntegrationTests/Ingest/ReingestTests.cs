using KpiDashboard.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Ingest;

public sealed class ReingestTests
{
    private const string File = Csv.Header +
        "2025-07,25,,TSVTD,30,13,10,27,8,0,17,1\n" +
        "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n";

    [Fact]
    public async Task The_same_file_twice_changes_nothing_and_says_so()
    {
        await using var db = await TestDatabase.CreateAsync();
        var first = await db.IngestAsync(File);
        Assert.True(first.Succeeded);
        Assert.Equal((2, 0, 0), (first.Inserted, first.Updated, first.Unchanged));
        Assert.NotNull(first.BatchId);

        var before = await db.DumpAsync();
        var second = await db.IngestAsync(File);
        Assert.True(second.ChangedNothing);
        Assert.Null(second.BatchId);
        Assert.Equal(2, second.Unchanged);
        Assert.Equal(before, await db.DumpAsync());
    }

    [Fact]
    public async Task A_dry_run_writes_nothing_but_reports_the_counts()
    {
        await using var db = await TestDatabase.CreateAsync();
        var before = await db.DumpAsync();
        var result = await db.IngestAsync(File, dryRun: true);
        Assert.Equal(2, result.Inserted);
        Assert.Equal(before, await db.DumpAsync());
        await using var context = db.Open();
        Assert.Equal(0, await context.Facts.CountAsync());
    }
}
