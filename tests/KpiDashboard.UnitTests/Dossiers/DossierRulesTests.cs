using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.UnitTests.Dossiers;

public sealed class DossierRulesTests
{
    private static readonly DossierRules Rules = new(WorkingCalendar.Shipped);

    private static DossierDates Dossier(string received, string due, string? finished = null, DossierOutcome? outcome = DossierOutcome.Resolved,
        int requests = 0, int supplementDays = 0) =>
        new(true, DateOnly.Parse(received), DateOnly.Parse(due), requests, supplementDays,
            finished is null ? null : DateOnly.Parse(finished), finished is null ? null : outcome);

    [Theory]
    [InlineData("2025-07-09", Timeliness.Early)]
    [InlineData("2025-07-10", Timeliness.OnTime)]
    [InlineData("2025-07-11", Timeliness.Late)]
    public void The_end_date_is_compared_with_the_due_date_by_calendar_day(string finished, Timeliness expected) =>
        Assert.Equal(expected, Rules.Classify(Dossier("2025-07-01", "2025-07-10", finished)));

    [Fact]
    public void Supplement_days_move_the_due_date_in_working_days()
    {
        // Friday 29/8/2025 + 2 working days skips the weekend and 1-2/9: Thursday 4/9.
        var d = Dossier("2025-08-20", "2025-08-29", "2025-09-04", supplementDays: 2);
        Assert.Equal(new DateOnly(2025, 9, 4), Rules.EffectiveDue(d));
        Assert.Equal(Timeliness.OnTime, Rules.Classify(d));
    }

    [Fact]
    public void More_than_one_supplement_request_is_late_unless_the_setting_says_otherwise()
    {
        var d = Dossier("2025-07-01", "2025-07-31", "2025-07-05", requests: 2);
        Assert.Equal(Timeliness.Late, Rules.Classify(d));
        Assert.Equal(Timeliness.Early, new DossierRules(WorkingCalendar.Shipped, options: new DossierRuleOptions { MoreThanOneSupplementIsLate = false }).Classify(d));
        Assert.Equal(Timeliness.Early, Rules.Classify(d with { SupplementRequests = 1 }));
    }

    [Fact]
    public void A_stopped_dossier_is_never_late()
    {
        var d = Dossier("2025-07-01", "2025-07-10", "2025-07-30", DossierOutcome.Stopped, requests: 3);
        Assert.Equal(Timeliness.OnTime, Rules.Classify(d));
        Assert.Equal(Timeliness.Late, Rules.Classify(d with { Outcome = DossierOutcome.Refused }));
    }

    [Fact]
    public void A_dossier_counts_from_its_received_window_to_its_finished_one()
    {
        var d = Dossier("2025-06-30", "2025-07-02", "2025-08-01");
        Assert.Equal([new Month(2025, 6), new Month(2025, 7), new Month(2025, 8)], Rules.WindowsOf(d, new Month(2025, 12)));
        var counts = new DossierCounts();
        Rules.Count(d, new Month(2025, 7), ref counts);
        Assert.Equal(new DossierCounts { CarriedOver = 1, PendingOverdue = 1 }, counts);
        counts = default;
        Rules.Count(d, new Month(2025, 8), ref counts);
        Assert.Equal(new DossierCounts { CarriedOver = 1, ResolvedLate = 1 }, counts);
    }

    [Theory]
    [InlineData("2025-07-15", "2025-07-15")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData(" 2025-12-31 ", "2025-12-31")]
    [InlineData("15/07/2025 16:30", "2025-07-15")]
    [InlineData("2025-07-15T18:30:00Z", "2025-07-16")] // 01:30 on the 16th in Vietnam
    [InlineData("45853", "2025-07-15")] // a spreadsheet's date serial
    public void Dates_are_Vietnamese_calendar_days(string text, string expected)
    {
        Assert.True(DossierValues.TryParseDay(text, out var day));
        Assert.Equal(DateOnly.Parse(expected), day);
    }

    [Theory]
    [InlineData("resolved", DossierOutcome.Resolved)]
    [InlineData("Đã giải quyết", DossierOutcome.Resolved)]
    [InlineData("stopped", DossierOutcome.Stopped)]
    [InlineData("Dừng xử lý", DossierOutcome.Stopped)]
    [InlineData("refused", DossierOutcome.Refused)]
    [InlineData("Từ chối", DossierOutcome.Refused)]
    public void Outcomes_in_Vietnamese_and_English(string text, DossierOutcome expected)
    {
        Assert.True(DossierValues.TryParseOutcome(text, out var outcome));
        Assert.Equal(expected, outcome);
        Assert.True(DossierValues.TryParseOutcome("", out var none));
        Assert.Null(none);
        Assert.False(DossierValues.TryParseOutcome("maybe", out _));
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-04-31")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-1a-01")]
    [InlineData("0000-01-01")]
    [InlineData("2025/07/15")]
    public void Impossible_dates_are_refused(string text) => Assert.False(DossierValues.TryParseDay(text, out _));

    [Theory]
    [InlineData("online", true)]
    [InlineData("offline", false)]
    [InlineData("Online", true)]
    [InlineData("Trực tuyến", true)]
    [InlineData("truc tuyen", true)]
    [InlineData("Trực tiếp", false)]
    [InlineData("Dịch vụ bưu chính", false)]
    public void Channels_in_Vietnamese_and_English(string text, bool online) => Assert.Equal(online, DossierValues.ParseChannel(text));

    [Theory]
    [InlineData("Họ tên người nộp", true)]
    [InlineData("Số CCCD", true)]
    [InlineData("Địa chỉ", true)]
    [InlineData("Ghi chú", false)]
    public void Personal_data_columns_are_recognised(string header, bool personal) => Assert.Equal(personal, DossierHeaders.IsPersonal(header));
}
