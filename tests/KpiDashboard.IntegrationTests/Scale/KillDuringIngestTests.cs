using System.Text.Json;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Safety;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Scale;

public sealed class KillDuringIngestTests
{
    /// <param name="killAfter">The phase (as `kpi --verbose` logs it) after which the process is killed: before the rows
    /// stream, while they stream straight into the empty Facts (its batch row written, its indexes dropped), or while the
    /// summaries summed from the rows are written.</param>
    [Theory]
    [InlineData("begin")]
    [InlineData("batch row")]
    [InlineData("rebuild indexes")]
    public async Task Sigkill_in_the_middle_of_a_large_ingest_leaves_no_partial_batch_and_the_same_ingest_then_succeeds(string killAfter)
    {
        await using var db = await TestDatabase.CreateAsync();
        // 3,321 communes × 7 fields × 12 months = 278,964 rows: a second or more after each kill point.
        var file = await KpiProcess.GenerateAsync(db, months: 12, fields: 7);
        var before = await db.DumpAsync();
        var catalogue = await TableCatalogue.ReadAsync(db, "Facts");

        var (killed, exitCode) = await KpiProcess.KillAfterAsync(db, $"Batch phase {killAfter} took", "--verbose", "ingest", file);
        Assert.True(killed, $"the ingest ended before the phase {killAfter}");
        Assert.NotEqual(0, exitCode);

        Assert.Equal(before, await db.DumpAsync());
        Assert.Equal(catalogue, await TableCatalogue.ReadAsync(db, "Facts"));
        var run = await KpiProcess.RunAsync(db, "ingest", file, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(278_964, json.RootElement.GetProperty("inserted").GetInt32());
        await using var context = db.Open();
        Assert.Equal(278_964, await context.Facts.CountAsync());
        Assert.Equal(1, await context.Batches.CountAsync());
        Assert.Empty(await SummaryInvariant.RunAsync(context, DatabaseCheck.Limit, CancellationToken.None));
    }
}
