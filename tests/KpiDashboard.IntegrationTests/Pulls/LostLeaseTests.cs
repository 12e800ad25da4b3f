using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>
/// A pull whose fetch outlasted its lease, while another instance took the source over, writes nothing: only the holder
/// of the lease ingests, so the same source is never ingested side by side.
/// </summary>
public sealed class LostLeaseTests
{
    [Fact]
    public async Task A_pull_whose_source_was_taken_over_while_it_fetched_writes_nothing_and_leaves_the_other_lease()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 0, ("phu-tho", "/held.csv", "csv"));

        var first = harness.PullAsync("phu-tho");
        while (server.RequestsTo("/held.csv") == 0 && !first.IsCompleted) await Task.Delay(20);
        // What another instance does once this pull's lease has run out.
        await harness.QueryAsync(db => db.PullSources.Where(s => s.Name == "phu-tho").ExecuteUpdateAsync(u => u
            .SetProperty(s => s.LeaseOwner, "other-instance").SetProperty(s => s.LeaseUntilUtc, DateTimeOffset.UtcNow.AddMinutes(5))));
        server.Hold.SetResult();

        var result = await first;
        Assert.Equal("failed", result.Status);
        Assert.Contains("another instance took the source, nothing written", result.Error);
        Assert.Equal(0, await harness.QueryAsync(db => db.Batches.CountAsync()));
        Assert.Equal("other-instance", await harness.QueryAsync(db => db.PullSources.Where(s => s.Name == "phu-tho").Select(s => s.LeaseOwner).SingleAsync()));
    }
}
