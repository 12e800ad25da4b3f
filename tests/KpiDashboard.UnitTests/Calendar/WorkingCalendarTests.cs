using System.Globalization;
using KpiDashboard.Metrics.Calendar;

namespace KpiDashboard.UnitTests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Shipped;

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // 2025: Tết 25/1-2/2 (Monday 27/1 off, Monday 3/2 worked), Hùng Kings Monday 7/4, 30/4-4/5 with Saturday 26/4 worked, 1/9-2/9
    [InlineData("2025-01-01", false)]
    [InlineData("2025-01-24", true)]
    [InlineData("2025-01-27", false)]
    [InlineData("2025-01-31", false)]
    [InlineData("2025-02-03", true)]
    [InlineData("2025-04-07", false)]
    [InlineData("2025-04-26", true)]
    [InlineData("2025-05-02", false)]
    [InlineData("2025-05-05", true)]
    [InlineData("2025-09-01", false)]
    [InlineData("2025-09-02", false)]
    [InlineData("2025-09-03", true)]
    // 2026: 1-4/1 with Saturday 10/1 worked; Tết 16-20/2; Hùng Kings Sunday 26/4 taken Monday 27/4; 30/4, 1/5; 29/8-2/9 with 22/8 worked
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-10", true)]
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-04-28", true)]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-08-22", true)]
    [InlineData("2026-08-31", false)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-09-03", true)]
    // An ordinary weekend and weekday
    [InlineData("2026-03-07", false)]
    [InlineData("2026-03-09", true)]
    public void Shipped_schedules_and_the_Labour_Code(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));

    [Fact]
    public void A_year_without_a_schedule_follows_the_Labour_Code_with_the_Vietnamese_Tet()
    {
        var calendar = new WorkingCalendar([]);
        // Tết 2030 is Saturday 2 February in Vietnam: 1/2 (Fri) to 5/2 (Tue); Saturday and Sunday are compensated on 6/2 and 7/2.
        foreach (var off in new[] { "2030-02-01", "2030-02-04", "2030-02-05", "2030-02-06", "2030-02-07" })
            Assert.False(calendar.IsWorkingDay(D(off)), off);
        Assert.True(calendar.IsWorkingDay(D("2030-01-31")));
        Assert.True(calendar.IsWorkingDay(D("2030-02-08")));
        // 1 January 2028 is a Saturday: Monday 3 January is the compensatory day.
        Assert.False(calendar.IsWorkingDay(D("2028-01-03")));
        Assert.True(calendar.IsWorkingDay(D("2028-01-04")));
    }

    [Theory]
    [InlineData("2025-04-24", 3, "2025-04-28")] // Thu + 3: Fri 25, Sat 26 (worked), Mon 28
    [InlineData("2025-04-28", 3, "2025-05-06")] // Mon + 3: Tue 29, then Mon 5/5 and Tue 6/5 after 30/4-4/5
    [InlineData("2026-02-12", 2, "2026-02-23")] // Thu + 2: Fri 13, then Mon 23 after Tết
    [InlineData("2026-03-09", 0, "2026-03-09")]
    [InlineData("2026-02-23", -1, "2026-02-13")]
    public void Adding_working_days_skips_every_day_off(string from, int count, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(from), count));

    [Fact]
    public void An_imported_schedule_overrides_the_rule()
    {
        var calendar = new WorkingCalendar([new ScheduledDay(D("2027-03-01"), DayKind.Off, "test"), new ScheduledDay(D("2027-03-06"), DayKind.Work, "test")]);
        Assert.False(calendar.IsWorkingDay(D("2027-03-01")));
        Assert.True(calendar.IsWorkingDay(D("2027-03-06")));
        Assert.True(WorkingCalendar.Shipped.IsWorkingDay(D("2027-03-01")));
    }

    [Fact]
    public void A_schedule_file_names_the_line_and_column_of_each_problem()
    {
        var result = ScheduleFile.Read(new StringReader("date,kind,source\n2027-13-01,off,x\n2027-03-01,holiday,x\n2027-03-02,off,\n2027-03-03,off,a\n03/03/2027,work,b\n"));
        Assert.Single(result.Days);
        Assert.Equal([(2, "date"), (3, "kind"), (4, "source"), (6, "date")], result.Problems.Select(p => (p.Line, p.Column)));
    }

    /// <summary>A day centuries away would make every working-day count over the calendar reach it.</summary>
    [Fact]
    public void A_schedule_day_outside_the_calendars_range_is_a_problem()
    {
        var result = ScheduleFile.Read(new StringReader("date,kind,source\n0001-01-01,off,x\n1999-12-31,off,x\n2000-01-03,off,x\n2099-12-31,work,x\n2100-01-01,off,x\n9999-12-31,work,x\n"));
        Assert.Equal([D("2000-01-03"), D("2099-12-31")], result.Days.Select(d => d.Date));
        Assert.Equal([2, 3, 6, 7], result.Problems.Select(p => p.Line));
        Assert.All(result.Problems, p => Assert.Contains("outside 2000–2099", p.MessageEn));
    }
}
