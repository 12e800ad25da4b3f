using KpiDashboard.Ingestion.Pulls;

namespace KpiDashboard.UnitTests.Pulls;

public sealed class ScheduleTimeZoneTests
{
    [Fact]
    public void Six_in_the_morning_is_Vietnam_time_23_00_UTC_the_day_before()
    {
        var schedule = new PullSchedule("0 6 * * *");

        var next = schedule.Next(new DateTimeOffset(2025, 8, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2025, 8, 1, 23, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void The_next_pull_is_strictly_after_now()
    {
        var schedule = new PullSchedule("0 6 * * *");
        var sixVietnam = new DateTimeOffset(2025, 8, 1, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(sixVietnam.AddDays(1), schedule.Next(sixVietnam));
    }
}
