using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class LeaseTests
{
    [Fact]
    public async Task A_source_leased_by_another_instance_is_not_pulled()
    {
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 1, ("phu-tho", "/figures.csv", "csv"));
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            var other = new PullLease(scope.ServiceProvider.GetRequiredService<KpiDbContext>(), new PullInstance("other-instance"), TimeProvider.System);
            Assert.True(await other.TryTakeAsync("phu-tho", TimeSpan.FromHours(1), CancellationToken.None));
        }

        var result = await harness.PullAsync("phu-tho");

        Assert.Equal("busy", result.Status);
        Assert.Equal(0, server.Requests);
    }
}
