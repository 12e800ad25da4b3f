namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class RetryTests
{
    [Fact]
    public async Task A_5xx_is_retried_and_a_4xx_is_not()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 2, ("down", "/error.csv", "csv"), ("gone", "/missing.csv", "csv"));

        await harness.PullAsync("down");
        Assert.Equal(3, server.Requests);

        await harness.PullAsync("gone");
        Assert.Equal(4, server.Requests);
    }
}
