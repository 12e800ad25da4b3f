using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class FailedPullTests
{
    [Theory]
    [InlineData("/missing.csv", "HTTP 404")]
    [InlineData("/page.csv", "text/html")]
    [InlineData("/invalid.csv", "nothing written")]
    [InlineData("/error.csv", "500")]
    [InlineData("/slow.csv", "timed out")]
    [InlineData("/truncated.csv", "")]
    public async Task A_failed_pull_is_recorded_with_its_reason_and_writes_nothing(string path, string reason)
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 1, ("bad", path, "csv"));

        var result = await harness.PullAsync("bad");

        Assert.Equal("failed", result.Status);
        Assert.Contains(reason, result.Error);
        Assert.Equal(0, await harness.QueryAsync(db => db.Batches.CountAsync()));
        var state = await harness.QueryAsync(db => db.PullSources.SingleAsync());
        Assert.Equal("failed", state.LastStatus);
        Assert.Equal(result.Error, state.LastError);
        Assert.Null(state.ETag);
    }
}
