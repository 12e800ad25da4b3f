using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>An ETag longer than its column (400) is not kept: the source is then asked without it, and every pull is recorded.</summary>
public sealed class LongETagTests
{
    [Fact]
    public async Task A_source_whose_ETag_is_too_long_to_keep_is_pulled_and_recorded_without_it()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.CurrentETag = $"\"{new string('x', 500)}\"";
        await using var harness = await PullHarness.StartAsync(server, 0, ("phu-tho", "/figures.csv", "csv"));

        var first = await harness.PullAsync("phu-tho");
        var afterFirst = await harness.QueryAsync(db => db.PullSources.SingleAsync());
        var second = await harness.PullAsync("phu-tho");
        var afterSecond = await harness.QueryAsync(db => db.PullSources.SingleAsync());

        Assert.Equal(("ok", "ok", (string?)null), (first.Status, afterFirst.LastStatus, afterFirst.ETag));
        Assert.Equal(("unchanged", "unchanged", (string?)null), (second.Status, afterSecond.LastStatus, afterSecond.ETag));
        Assert.Equal(1, await harness.QueryAsync(db => db.Batches.CountAsync()));
    }
}
