using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class FailedPullTests
{
    [Theory]
    [InlineData("/missing.csv", "HTTP 404", false)]
    [InlineData("/page.csv", "text/html", false)]
    [InlineData("/invalid.csv", "nothing written", false)]
    [InlineData("/error.csv", "500", false)]
    [InlineData("/slow.csv", "timed out after 1 s", true)]
    [InlineData("/truncated.csv", "", false)]
    [InlineData("/unnamed.csv", "row 2: not_utf8: The file is not UTF-8 text: line 2 has the byte 0xE1", false)]
    [InlineData("/klingon.csv", "unknown charset 'x-klingon'", false)]
    [InlineData("/ascii.csv", "unknown charset 'us-ascii', or a body not in it", false)]
    [InlineData("/gzipped.csv", "content encoding 'gzip' is not accepted", false)]
    public async Task A_failed_pull_is_recorded_with_its_reason_and_writes_nothing(string path, string reason, bool neverAnswers)
    {
        await using var server = await LoopbackServer.StartAsync();
        // Only the server that never answers gets a short timeout: the others must fail for their own reason, however busy the machine.
        await using var harness = await PullHarness.StartAsync(server, 1, neverAnswers ? PullHarness.ShortTimeout() : [], ("bad", path, "csv"));

        var result = await harness.PullAsync("bad");

        Assert.Equal("failed", result.Status);
        Assert.Contains(reason, result.Error);
        Assert.Equal(0, await harness.QueryAsync(db => db.Batches.CountAsync()));
        var state = await harness.QueryAsync(db => db.PullSources.SingleAsync());
        Assert.Equal("failed", state.LastStatus);
        Assert.Equal(result.Error, state.LastError);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task A_body_in_the_charset_its_server_names_is_read_in_it()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 1, ("windows", "/windows.csv", "csv"));

        var result = await harness.PullAsync("windows");

        Assert.True(result.Status == "ok", result.Error);
        var fact = await harness.QueryAsync(db => db.Facts.SingleAsync());
        Assert.Equal(("38", 5), (fact.ProvinceCode, fact.Values.ReceivedOnline));
    }
}
