using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Reporting.Email;

/// <summary>Ticks the <see cref="SummaryScheduler"/> every Summaries:PollInterval on the app's TimeProvider.</summary>
internal sealed partial class SummaryHostedService(
    SummaryScheduler scheduler,
    TimeProvider time,
    IOptions<SummaryOptions> options,
    IOptions<SmtpOptions> smtp,
    ILogger<SummaryHostedService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        if (!smtp.Value.Configured)
        {
            LogNoSmtp(log);
            return;
        }
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await scheduler.TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database or composing fault must not stop the schedule: the outbox keeps the work for the next tick.
                LogTickFailed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Smtp:Host is not configured: monthly e-mail summaries are not sent")]
    private static partial void LogNoSmtp(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Summary schedule tick failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
