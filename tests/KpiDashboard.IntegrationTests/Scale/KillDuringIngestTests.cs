using System.Diagnostics;
using System.Text.Json;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Scale;

public sealed class KillDuringIngestTests
{
    [Fact]
    public async Task Sigkill_in_the_middle_of_a_large_ingest_leaves_no_partial_batch_and_the_same_ingest_then_succeeds()
    {
        await using var db = await TestDatabase.CreateAsync();
        var units = RepositoryPaths.SharedData("vn-admin-units-2025.json");
        var file = Path.Combine(db.Folder, "large.csv");
        Assert.Equal(0, (await KpiProcess.RunAsync(db, "units", "import", units)).ExitCode);
        // 3,321 communes × 7 fields × 12 months = 278,964 rows: several seconds of work, even on a fast machine.
        Assert.Equal(0, (await KpiProcess.RunAsync(db, "bench", "generate", "--months", "12", "--fields", "7", "--units", units, "--out", file)).ExitCode);
        var before = await db.DumpAsync();

        using (var process = Process.Start(KpiProcess.Start(db, "ingest", file))!)
        {
            // Kill once the batch's transaction is under way: startup and migration take about a second.
            var killed = false;
            var watch = Stopwatch.StartNew();
            while (!process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100);
                if (watch.Elapsed > TimeSpan.FromSeconds(2.5) && !process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    killed = true;
                    break;
                }
            }
            await process.WaitForExitAsync();
            Assert.True(killed, "the ingest finished before it could be killed; use a larger file");
        }

        Assert.Equal(before, await db.DumpAsync());
        var run = await KpiProcess.RunAsync(db, "ingest", file, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(278_964, json.RootElement.GetProperty("inserted").GetInt32());
        await using var context = db.Open();
        Assert.Equal(278_964, await context.Facts.CountAsync());
        Assert.Equal(1, await context.Batches.CountAsync());
    }
}
