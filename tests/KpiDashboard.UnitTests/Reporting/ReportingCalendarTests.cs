using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.UnitTests.Reporting;

public sealed class ReportingCalendarTests
{
    // Tết as the Government scheduled it, given by hand: the full lunar calendar is not this class's business.
    private static readonly DateOnly[] Tet =
    [
        .. Days(new DateOnly(2025, 1, 25), new DateOnly(2025, 2, 2)),
        .. Days(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22)),
    ];

    private static ReportingCalendar Calendar(ReportingWindowKind window = ReportingWindowKind.Decree09, IEnumerable<DateOnly>? holidays = null,
        Action<ReportingOptions>? change = null)
    {
        var options = new ReportingOptions { Window = window };
        change?.Invoke(options);
        return new ReportingCalendar(options, new WeekendsAndHolidays(holidays));
    }

    [Theory]
    [InlineData("2025-07", "2025-06-15", "2025-07-14")]
    [InlineData("2026-01", "2025-12-15", "2026-01-14")]
    [InlineData("2021-Q3", "2021-06-15", "2021-09-14")]
    [InlineData("2025-Q1", "2024-12-15", "2025-03-14")]
    [InlineData("2025-H1", "2024-12-15", "2025-06-14")]
    [InlineData("2025-H2", "2025-06-15", "2025-12-14")]
    [InlineData("2025", "2024-12-15", "2025-12-14")]
    public void Decree_09_windows_run_from_the_15th_to_the_14th(string period, string from, string to) =>
        Assert.Equal(new DateRange(DateOnly.Parse(from), DateOnly.Parse(to)), Calendar().Window(Period.Parse(period)));

    [Theory]
    [InlineData("2025-07", "2025-07-01", "2025-07-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-Q3", "2025-07-01", "2025-09-30")]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    public void Calendar_month_windows(string period, string from, string to) =>
        Assert.Equal(new DateRange(DateOnly.Parse(from), DateOnly.Parse(to)), Calendar(ReportingWindowKind.CalendarMonth).Window(Period.Parse(period)));

    [Fact]
    public void The_default_window_is_decree_09() => Assert.Equal(ReportingWindowKind.Decree09, new ReportingOptions().Window);

    [Theory]
    // July 2025 ends on Monday 14/7: communes by Wednesday 16/7, agencies by Friday 18/7; the province's 20/7 is a Sunday.
    [InlineData("2025-07", ReportingLevel.Commune, "2025-07-16")]
    [InlineData("2025-07", ReportingLevel.Agency, "2025-07-18")]
    [InlineData("2025-07", ReportingLevel.Province, "2025-07-21")]
    // June 2025 ends on Saturday 14/6; the agencies' 18/6 is a Wednesday, the province's 20/6 a Friday.
    [InlineData("2025-06", ReportingLevel.Commune, "2025-06-16")]
    [InlineData("2025-06", ReportingLevel.Province, "2025-06-20")]
    // A quarter is due like its last month.
    [InlineData("2025-Q3", ReportingLevel.Agency, "2025-09-18")]
    [InlineData("2025-Q3", ReportingLevel.Province, "2025-09-22")]
    // The year 2025 ends on Sunday 14/12; the commune's 16/12 is a Tuesday.
    [InlineData("2025", ReportingLevel.Commune, "2025-12-16")]
    public void Deadlines_are_days_after_the_window_moved_past_weekends(string period, ReportingLevel level, string due) =>
        Assert.Equal(DateOnly.Parse(due), Calendar().Deadline(Period.Parse(period), level));

    [Fact]
    public void A_deadline_in_Tet_2026_moves_to_the_first_working_day_after_it()
    {
        // February 2026 ends on Saturday 14/2, the first day of Tết (14–22/2): every level's report is due on Monday 23/2.
        var february = Period.Parse("2026-02");
        var withTet = Calendar(holidays: Tet);
        foreach (var level in Enum.GetValues<ReportingLevel>())
            Assert.Equal(new DateOnly(2026, 2, 23), withTet.Deadline(february, level));
        // Without the list the working calendar knows Tết itself (lunar calendar and the Government's schedule).
        Assert.Equal(new DateOnly(2026, 2, 23), Calendar().Deadline(february, ReportingLevel.Commune));
    }

    [Fact]
    public void A_deadline_in_Tet_2025_moves_past_it()
    {
        // A province due 11 days after the window: 14/1/2025 + 11 = Saturday 25/1, the first day of Tết (25/1–2/2).
        var calendar = Calendar(holidays: Tet, change: o => o.ProvinceDeadlineDays = 11);
        Assert.Equal(new DateOnly(2025, 2, 3), calendar.Deadline(Period.Parse("2025-01"), ReportingLevel.Province));
        Assert.Equal(new DateOnly(2025, 2, 3), Calendar(change: o => o.ProvinceDeadlineDays = 11).Deadline(Period.Parse("2025-01"), ReportingLevel.Province));
    }

    [Fact]
    public void Calendar_month_deadlines_count_from_the_month_end()
    {
        // July 2025 ends on Thursday 31/7: communes by Saturday 2/8, which moves to Monday 4/8.
        Assert.Equal(new DateOnly(2025, 8, 4), Calendar(ReportingWindowKind.CalendarMonth).Deadline(Period.Parse("2025-07"), ReportingLevel.Commune));
    }

    [Theory]
    [InlineData("2025-09-02", false)]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-01-01", false)]
    [InlineData("2026-05-04", true)]
    [InlineData("2026-05-02", false)]
    [InlineData("2026-02-17", false)] // Tết, from the lunar calendar, listed nowhere in the settings
    [InlineData("2026-01-10", true)] // a Saturday worked in exchange for 2 January (the Government's 2026 schedule)
    public void The_default_calendar_is_Vietnams_working_calendar(string day, bool working) =>
        Assert.Equal(working, new WeekendsAndHolidays().IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void A_report_is_late_from_midnight_after_its_deadline_Vietnam_time()
    {
        var calendar = Calendar();
        var july = Period.Parse("2025-07");
        // The commune deadline is 16/7/2025; 23:59 there is 16:59 UTC.
        Assert.False(calendar.IsLate(july, ReportingLevel.Commune, new DateTimeOffset(2025, 7, 16, 16, 59, 0, TimeSpan.Zero)));
        Assert.True(calendar.IsLate(july, ReportingLevel.Commune, new DateTimeOffset(2025, 7, 16, 17, 0, 0, TimeSpan.Zero)));
        Assert.False(calendar.IsLate(july, ReportingLevel.Agency, new DateTimeOffset(2025, 7, 17, 3, 0, 0, TimeSpan.Zero)));
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1)) yield return day;
    }
}
