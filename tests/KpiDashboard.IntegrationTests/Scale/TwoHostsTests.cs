using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Scale;

/// <summary>Two app instances on one database (PostgreSQL in a ministry's deployment; SQLite works the same on one machine).</summary>
public sealed class TwoHostsTests
{
    private const string File = Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n2025-07,25,,TSVTD,30,13,10,27,8,0,17,1\n";

    [Fact]
    public async Task Both_instances_migrate_at_once_and_the_same_file_ingested_by_both_gives_one_batch()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var hosts = await TwoHosts.StartAsync(db);
        await hosts.BothAsync<DatabaseMigrator, bool>(async m => { await m.MigrateAsync(); return true; });

        var (first, second) = await hosts.BothAsync<IngestService, IngestResult>(s => s.IngestAsync(Csv.Stream(File), "same.csv", new IngestOptions()));
        Assert.True(first.Succeeded && second.Succeeded);
        // Batches run one at a time: whichever came second found the facts already there.
        Assert.Equal([0, 2], new[] { first.Inserted, second.Inserted }.Order());
        Assert.Equal([0, 2], new[] { first.Unchanged, second.Unchanged }.Order());
        await using var context = db.Open();
        Assert.Equal(2, await context.Facts.CountAsync());
        Assert.Equal(1, await context.Batches.CountAsync());
    }
}
