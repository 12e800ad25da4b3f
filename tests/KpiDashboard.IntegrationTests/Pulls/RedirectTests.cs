using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Pulls;

/// <summary>A pull goes to the configured address only: a redirect is a failed pull naming where it pointed, never followed.</summary>
public sealed class RedirectTests
{
    [Theory]
    [InlineData("/moved.csv", "302", "/figures.csv")]
    [InlineData("/metadata.csv", "301", "http://169.254.169.254/latest/meta-data/")]
    public async Task A_redirect_fails_the_pull_naming_its_target_and_is_not_followed(string path, string status, string target)
    {
        var variable = $"KPI_TEST_TOKEN_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, "s3cret");
        try
        {
            await using var server = await LoopbackServer.StartAsync();
            await using var harness = await PullHarness.StartAsync(server, 0,
                new Dictionary<string, string?> { ["Pulls:Sources:0:HeadersFromEnvironment:X-Api-Key"] = variable },
                ("moved", path, "csv"));

            var result = await harness.PullAsync("moved");

            Assert.Equal("failed", result.Status);
            Assert.Contains($"HTTP {status}", result.Error);
            Assert.Contains(target, result.Error);
            Assert.Contains("chuyển hướng", result.Error);
            Assert.Equal(0, server.RequestsTo("/figures.csv"));
            Assert.Equal(0, await harness.QueryAsync(db => db.Batches.CountAsync()));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
