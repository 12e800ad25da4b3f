namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class SecretHeaderTests
{
    [Fact]
    public async Task A_header_value_comes_from_its_environment_variable()
    {
        var variable = $"KPI_TEST_TOKEN_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, "Bearer s3cret");
        try
        {
            await using var server = await LoopbackServer.StartAsync();
            await using var harness = await PullHarness.StartAsync(server, 0,
                new Dictionary<string, string?> { ["Pulls:Sources:0:HeadersFromEnvironment:Authorization"] = variable },
                ("secret", "/secret.csv", "csv"));

            Assert.Equal("ok", (await harness.PullAsync("secret")).Status);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
