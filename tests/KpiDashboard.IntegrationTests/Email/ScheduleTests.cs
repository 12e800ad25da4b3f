using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>The monthly run in Vietnam's time zone, on a fake clock: 07:00 on the 5th in Hà Nội is 00:00 UTC.</summary>
public sealed class ScheduleTests
{
    private static SummarySchedule Schedule(string cron = "0 7 5 * *") =>
        new(Options.Create(new SummaryOptions { Cron = cron }));

    [Fact]
    public void The_default_run_is_0700_on_the_5th_in_Vietnam_and_reports_the_previous_month()
    {
        var schedule = Schedule();
        var next = schedule.NextAfter(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2025, 8, 5, 0, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(new Month(2025, 7), schedule.PeriodFor(next!.Value));
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2025, 12, 5, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new Month(2025, 12), schedule.PeriodFor(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_reported_month_follows_the_Vietnam_date_not_the_UTC_date()
    {
        // 03:00 on 1 August in Hà Nội is still 31 July in UTC.
        var schedule = Schedule("0 3 1 * *");
        var run = schedule.NextAfter(new DateTimeOffset(2025, 7, 15, 0, 0, 0, TimeSpan.Zero))!.Value;
        Assert.Equal(new DateTimeOffset(2025, 7, 31, 20, 0, 0, TimeSpan.Zero), run);
        Assert.Equal(new Month(2025, 7), schedule.PeriodFor(run));
    }

    [Fact]
    public async Task The_scheduler_sends_exactly_at_0700_Vietnam_time_not_a_second_before()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        await using var host = await EmailTestHost.CreateAsync(smtp.Port, attachForm: false, now: new DateTimeOffset(2025, 8, 4, 23, 0, 0, TimeSpan.Zero));
        await host.SubscribeAsync("pho@example.vn", "A", "province:25");
        var scheduler = host.Services.GetRequiredService<SummaryScheduler>();

        Assert.Null(await scheduler.TickAsync(default));
        Assert.Equal(new DateTimeOffset(2025, 8, 5, 0, 0, 0, TimeSpan.Zero), scheduler.NextRun);
        host.Time.SetUtcNow(new DateTimeOffset(2025, 8, 4, 23, 59, 59, TimeSpan.Zero));
        Assert.Null(await scheduler.TickAsync(default));
        Assert.Empty(smtp.Messages);
        Assert.Empty(await host.OutboxAsync());

        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new Month(2025, 7), await scheduler.TickAsync(default));
        var message = Assert.Single(smtp.Messages).Message;
        Assert.StartsWith("Báo cáo tháng 7/2025", message.Subject);
        Assert.Equal(new DateTimeOffset(2025, 9, 5, 0, 0, 0, TimeSpan.Zero), scheduler.NextRun);

        host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await scheduler.TickAsync(default));
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task A_run_missed_while_down_is_made_up_once_on_start()
    {
        await using var smtp = LoopbackSmtpServer.Start();
        await using var host = await EmailTestHost.CreateAsync(smtp.Port, attachForm: false, now: new DateTimeOffset(2025, 8, 6, 9, 0, 0, TimeSpan.Zero));
        await host.SubscribeAsync("pho@example.vn", "A", "province:25");

        Assert.Equal(new Month(2025, 7), await host.Services.GetRequiredService<SummaryScheduler>().TickAsync(default));
        // A restart (a new scheduler on the same database) queues the month again, which adds nothing.
        await using var restarted = await EmailTestHost.CreateAsync(smtp.Port, host.Database, attachForm: false, now: host.Time.GetUtcNow());
        Assert.Equal(new Month(2025, 7), await restarted.Services.GetRequiredService<SummaryScheduler>().TickAsync(default));

        Assert.Single(smtp.Messages);
    }
}
