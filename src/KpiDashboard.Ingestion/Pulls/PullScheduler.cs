using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Ingestion.Pulls;

/// <summary>Pulls each scheduled source at its cron times (Asia/Ho_Chi_Minh), one scope per pull.</summary>
public sealed class PullScheduler(IServiceScopeFactory scopes, IOptions<PullOptions> options, TimeProvider time, ILogger<PullScheduler> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    /// <summary>Raised with the source and the UTC time of its next pull once the wait for it is set (lets tests step the clock).</summary>
    internal event Action<string, DateTimeOffset>? Waiting;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = options.Value.Sources
            .Where(s => !string.IsNullOrWhiteSpace(s.Schedule))
            .Select(s => RunAsync(s.Name, new PullSchedule(s.Schedule!), stoppingToken));
        return Task.WhenAll(loops);
    }

    private async Task RunAsync(string source, PullSchedule schedule, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.Next(now) is not { } next) return;
            // Task.Delay cannot wait beyond about 49 days (a yearly schedule): wait in steps and look again.
            if (next - now > MaxWait)
            {
                await Task.Delay(MaxWait, time, ct);
                continue;
            }
            var wait = Task.Delay(next - now, time, ct);
            Waiting?.Invoke(source, next);
            await wait;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                // The occurrence goes with the pull: an instance whose clock runs late finds it done and leaves it.
                await scope.ServiceProvider.GetRequiredService<PullService>().PullAsync(source, next, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A pull must never stop the schedule: the failure is logged and the next occurrence still runs.
                logger.LogError(e, "Scheduled pull {Source} crashed", source);
            }
        }
    }
}
