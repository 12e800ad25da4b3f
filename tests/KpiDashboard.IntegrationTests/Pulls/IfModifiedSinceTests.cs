using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class IfModifiedSinceTests
{
    [Fact]
    public async Task A_source_with_Last_Modified_only_is_asked_If_Modified_Since()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 1, ("dated", "/dated.csv", "csv"));

        Assert.Equal("ok", (await harness.PullAsync("dated")).Status);
        Assert.Equal("not_modified", (await harness.PullAsync("dated")).Status);

        var state = await harness.QueryAsync(db => db.PullSources.SingleAsync());
        Assert.Equal(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero), state.LastModified);
        Assert.Equal(1, await harness.QueryAsync(db => db.Batches.CountAsync()));
    }
}
