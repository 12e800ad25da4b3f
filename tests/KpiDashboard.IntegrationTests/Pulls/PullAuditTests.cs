using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>A pull that writes a batch is audited like any batch, in the batch's own transaction.</summary>
public sealed class PullAuditTests
{
    [Fact]
    public async Task A_pulled_batch_has_its_audit_entry()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 1, ("phu-tho", "/figures.csv", "csv"));

        var result = await harness.PullAsync("phu-tho");

        Assert.Equal("ok", result.Status);
        var entry = await harness.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "pull"));
        Assert.Equal("schedule", entry.Actor);
        Assert.Equal($"phu-tho batch={result.BatchId} rows={result.Rows}", entry.Details);
    }
}
