using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Dossiers;

namespace KpiDashboard.UnitTests.Dossiers;

/// <summary>
/// The overdue list's latest due date still overdue for each number of supplement days, computed in one walk back, is
/// what the rule gives day by day: the latest due date d with last &gt; d + s working days.
/// </summary>
public sealed class LatestOverdueDueTests
{
    private static readonly DossierRules Rules = new(WorkingCalendar.Shipped);

    private static DateOnly ByTheRule(DateOnly last, int s)
    {
        var latest = last.AddDays(-1);
        while (!Rules.IsOverdueAt(new DossierDates(false, latest, latest, 0, s, null, null), last)) latest = latest.AddDays(-1);
        return latest;
    }

    [Theory]
    [InlineData("2025-09-30")] // a Tuesday
    [InlineData("2025-09-03")] // the day after the 2/9 holidays
    [InlineData("2025-09-01")] // a holiday
    [InlineData("2025-02-03")] // the first working day after Tết
    [InlineData("2025-07-14")] // a Monday, Decree 09's last day of July
    public void Each_supplement_wait_gets_the_latest_due_date_the_rule_gives(string lastDay)
    {
        var last = DateOnly.Parse(lastDay);
        var latest = DossierQuery.LatestOverdueDue(WorkingCalendar.Shipped, last, new DateOnly(2023, 1, 1), 300);
        Assert.Equal(301, latest.Length);
        for (var s = 0; s < latest.Length; s++) Assert.Equal(ByTheRule(last, s), latest[s]);
    }

    [Fact]
    public void The_walk_stops_at_the_earliest_due_date_and_at_the_longest_wait()
    {
        var last = new DateOnly(2025, 9, 30);
        // Working days from 1/9: 1-2/9 off, so 3/9 to 29/9 are the 19 working days before the 30th.
        var latest = DossierQuery.LatestOverdueDue(WorkingCalendar.Shipped, last, new DateOnly(2025, 9, 1), 1000);
        Assert.Equal(20, latest.Length);
        Assert.Equal(new DateOnly(2025, 9, 2), latest[^1]);
        Assert.Single(DossierQuery.LatestOverdueDue(WorkingCalendar.Shipped, last, new DateOnly(2025, 9, 1), 0));
        Assert.Single(DossierQuery.LatestOverdueDue(WorkingCalendar.Shipped, last, new DateOnly(2025, 10, 5), 1000));
    }
}
