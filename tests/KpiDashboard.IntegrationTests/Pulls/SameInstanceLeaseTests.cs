using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>One pull of a source at a time also within one process: the schedule and "pull now" share the instance's lease.</summary>
public sealed class SameInstanceLeaseTests
{
    [Fact]
    public async Task A_second_pull_while_the_first_is_running_in_the_same_process_is_busy()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 0, ("phu-tho", "/held.csv", "csv"));

        var first = harness.PullAsync("phu-tho");
        while (server.RequestsTo("/held.csv") == 0 && !first.IsCompleted) await Task.Delay(20);
        // Bounded: a second pull that is let through waits on the held answer as the first does.
        var second = await harness.PullAsync("phu-tho").WaitAsync(TimeSpan.FromSeconds(60));
        server.Hold.SetResult();

        Assert.Equal("busy", second.Status);
        Assert.Equal("ok", (await first).Status);
        Assert.Equal(1, server.RequestsTo("/held.csv"));
        Assert.Equal(1, await harness.QueryAsync(db => db.Batches.CountAsync()));
    }
}
