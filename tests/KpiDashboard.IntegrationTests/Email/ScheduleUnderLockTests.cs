using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Email;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>A monthly run that could not be queued (the outbox locked at 07:00 on the 5th) is queued on the next tick, not a month later.</summary>
public sealed class ScheduleUnderLockTests
{
    [Fact]
    public async Task A_run_whose_queueing_failed_on_a_locked_database_is_queued_and_sent_on_the_next_tick()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        await using var host = await EmailTestHost.CreateAsync(smtp.Port, attachForm: false, now: new DateTimeOffset(2025, 8, 4, 23, 0, 0, TimeSpan.Zero));
        await host.SubscribeAsync("pho@example.vn", "A", "province:25");
        // The app instance gives up on a locked database after a second.
        await using var instance = await EmailTestHost.CreateAsync(smtp.Port, host.Database, attachForm: false, now: host.Time.GetUtcNow(),
            settings: new Dictionary<string, string?>
            {
                ["Database:SqliteBusyTimeoutSeconds"] = "1",
                ["ConnectionStrings:Kpi"] = host.Database.Provider == DatabaseProvider.Postgres
                    ? new NpgsqlConnectionStringBuilder(host.Database.ConnectionString) { CommandTimeout = 1 }.ToString()
                    : host.Database.ConnectionString,
            });
        var scheduler = instance.Services.GetRequiredService<SummaryScheduler>();
        Assert.Null(await scheduler.TickAsync(default));

        instance.Time.SetUtcNow(new DateTimeOffset(2025, 8, 5, 0, 0, 0, TimeSpan.Zero));
        await using (var locked = await OutboxTableLock.TakeAsync(host.Database))
            await Assert.ThrowsAnyAsync<Exception>(() => scheduler.TickAsync(default));
        Assert.Empty(await host.OutboxAsync());

        instance.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new Month(2025, 7), await scheduler.TickAsync(default));
        Assert.Equal("pho@example.vn", Assert.Single(smtp.Messages).Recipients.Single());
        Assert.Equal(new DateTimeOffset(2025, 9, 5, 0, 0, 0, TimeSpan.Zero), scheduler.NextRun);
    }
}
