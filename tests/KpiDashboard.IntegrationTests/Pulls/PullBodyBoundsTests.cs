using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>A pulled body is read within the source's timeout and Pulls:MaxBodyMegabytes, over real HTTP on loopback.</summary>
public sealed class PullBodyBoundsTests
{
    [Theory]
    [InlineData("/huge.csv", "larger than 1 MB", false)]
    // The body takes eight seconds against a one-second timeout; on a busy machine the first bytes may already come
    // after it: the request itself then times out.
    [InlineData("/dripping.csv", "within 1 seconds|timed out after 1 s", true)]
    public async Task A_body_too_large_or_too_slow_fails_the_pull_and_writes_nothing(string path, string reason, bool slow)
    {
        await using var server = await LoopbackServer.StartAsync();
        var settings = new Dictionary<string, string?> { ["Pulls:MaxBodyMegabytes"] = "1" };
        await using var harness = await PullHarness.StartAsync(server, 0, slow ? PullHarness.ShortTimeout(settings) : settings, ("bounded", path, "csv"));

        var result = await harness.PullAsync("bounded");

        Assert.Equal("failed", result.Status);
        Assert.Matches(reason, result.Error);
        Assert.Equal(0, await harness.QueryAsync(db => db.Batches.CountAsync()));
    }
}
