using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class ConditionalRequestTests
{
    [Fact]
    public async Task A_good_file_is_one_batch_then_304_writes_nothing_then_a_change_is_a_new_batch()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 1, ("phu-tho", "/figures.csv", "csv"));

        var first = await harness.PullAsync("phu-tho");
        Assert.Equal("ok", first.Status);
        Assert.NotNull(first.BatchId);

        var second = await harness.PullAsync("phu-tho");
        Assert.Equal("not_modified", second.Status);
        Assert.Equal(1, await harness.QueryAsync(db => db.Batches.CountAsync()));

        server.CurrentCsv = LoopbackServer.ChangedCsv;
        server.CurrentETag = "\"v2\"";
        var third = await harness.PullAsync("phu-tho");
        Assert.Equal("ok", third.Status);
        Assert.Equal(2, await harness.QueryAsync(db => db.Batches.CountAsync()));
        var fact = await harness.QueryAsync(db => db.Facts.SingleAsync());
        Assert.Equal(12, fact.Values.ReceivedOnline);
        var state = await harness.QueryAsync(db => db.PullSources.SingleAsync());
        Assert.Equal("\"v2\"", state.ETag);
        Assert.Null(state.LeaseOwner);
    }
}
