using KpiDashboard.Ingestion.Pulls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KpiDashboard.IntegrationTests.Pulls;

public sealed class SchedulerTests
{
    [Fact]
    public async Task The_hosted_service_pulls_at_six_in_the_morning_Vietnam_time()
    {
        // 05:30 in Hà Nội; nothing is due for half an hour of fake time.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 8, 1, 22, 30, 0, TimeSpan.Zero));
        await using var server = await LoopbackServer.StartAsync();
        await using var harness = await PullHarness.StartAsync(server, 0,
            new Dictionary<string, string?> { ["Pulls:Sources:0:Schedule"] = "0 6 * * *" }, ("phu-tho", "/figures.csv", "csv"));
        Assert.Single(harness.Services.GetServices<IHostedService>().OfType<PullScheduler>());
        // Only the schedule runs on fake time: the HTTP timeouts keep the real clock, so stepping time cannot time a request out.
        var scheduler = new PullScheduler(harness.Services.GetRequiredService<IServiceScopeFactory>(),
            harness.Services.GetRequiredService<IOptions<PullOptions>>(), time, NullLogger<PullScheduler>.Instance);
        var due = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.Waiting += (_, next) => due.TrySetResult(next);
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            // 06:00 in Hà Nội is 23:00 UTC the day before.
            var next = await due.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(new DateTimeOffset(2025, 8, 1, 23, 0, 0, TimeSpan.Zero), next);
            Assert.Equal(0, server.Requests);

            time.SetUtcNow(next);
            // The pull records its outcome after writing its batch: wait for the outcome.
            var until = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < until && !await harness.QueryAsync(db => db.PullSources.AnyAsync(s => s.LastStatus != null))) await Task.Delay(20);
            var state = await harness.QueryAsync(db => db.PullSources.SingleAsync());
            Assert.Equal(PullStatus.Ok, state.LastStatus);
            var batch = await harness.QueryAsync(db => db.Batches.SingleAsync());
            Assert.Equal("pull:phu-tho", batch.SourceName);
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }
}
