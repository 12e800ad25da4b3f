using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>The completeness list and the reporting rates of July 2025 in Phú Thọ, against hand counts.</summary>
public sealed class CompletenessQueryTests : SubmissionTest
{
    private Task<CompletenessReport> ReportAsync(ReportingLevel? level) =>
        With<CompletenessQuery, CompletenessReport>(q => q.BuildAsync(July, level, "25", withList: true));

    [Fact]
    public async Task States_lateness_and_rates_equal_hand_counts()
    {
        // Tân Hòa on the deadline day (16/7), Hòa Bình on Friday 18/7: two working days late; the agencies on 18/7, on time.
        await IngestAsync(CommuneA);
        Clock.SetUtcNow(new DateTimeOffset(2025, 7, 18, 3, 0, 0, TimeSpan.Zero));
        await IngestAsync(CommuneB);
        await IngestAsync(Agencies);

        var communes = await ReportAsync(ReportingLevel.Commune);
        Assert.Equal([("04792", SubmissionState.Submitted, false, 0), ("04795", SubmissionState.Submitted, true, 2)],
            communes.Lines.Select(l => (l.Row.UnitCode, l.Row.State, l.Row.Late, l.WorkingDaysLate)));
        Assert.Equal(new ReportingRate(2, 2, 1), communes.Total);
        Assert.Equal(0.5, communes.Total.OnTimeRate);
        Assert.Equal(new ReportingRate(2, 2, 1), Assert.Single(communes.Provinces).Rate);
        Assert.Equal(CompletenessQuery.TrendMonths, communes.Trend.Count);
        Assert.Equal(new ReportingRate(2, 0, 0), communes.Trend[^2].Rate);

        // Returned is not reported; the province's report went with the agencies' figures on 18/7, before its deadline (21/7).
        await ActAsync(SubmissionAction.Return, "04792", "sai số liệu");
        Clock.SetUtcNow(new DateTimeOffset(2025, 7, 22, 3, 0, 0, TimeSpan.Zero));
        var all = await ReportAsync(null);
        var province = all.Lines.Single(l => l.Row.Level == ReportingLevel.Province);
        Assert.Equal((SubmissionState.Submitted, false, 0), (province.Row.State, province.Row.Late, province.WorkingDaysLate));
        Assert.Equal(new ReportingRate(4, 3, 2), all.Total);
    }

    [Fact]
    public void A_deadline_moved_by_a_weekend_and_by_Tet_counts_lateness_from_the_working_day()
    {
        var calendar = Services.GetRequiredService<ReportingCalendar>();
        // August 2025: the communes' day is Saturday 16/8, moved to Monday 18/8; a report on Sunday 17/8 is on time.
        var august = Period.OfMonth(new Month(2025, 8));
        Assert.Equal(new DateOnly(2025, 8, 18), calendar.Deadline(august, ReportingLevel.Commune));
        Assert.Equal(0, calendar.WorkingDaysLate(august, ReportingLevel.Commune, VietnamTime.StartOf(new DateOnly(2025, 8, 17)).AddHours(9)));
        Assert.Equal(1, calendar.WorkingDaysLate(august, ReportingLevel.Commune, VietnamTime.StartOf(new DateOnly(2025, 8, 19)).AddHours(9)));
        // February 2026: the 16th is in Tết (14/2–22/2/2026), so the communes' deadline is Monday 23/2.
        var february = Period.OfMonth(new Month(2026, 2));
        var deadline = calendar.Deadline(february, ReportingLevel.Commune);
        Assert.True(deadline > new DateOnly(2026, 2, 16));
        Assert.True(Services.GetRequiredService<IWorkingDays>().IsWorkingDay(deadline));
        Assert.Equal(1, calendar.WorkingDaysLate(february, ReportingLevel.Commune, VietnamTime.StartOf(deadline.AddDays(1)).AddHours(9)));
    }

    [Fact]
    public async Task A_commune_officer_sees_only_their_commune()
    {
        await IngestAsync(CommuneA);
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var officer = AccessScope.ForProvinces(["25"], canIngest: true).LimitedToCommunes(["04795"]);
        var query = new CompletenessQuery(sp.GetRequiredService<Metrics.Data.KpiDbContext>(),
            new SubmissionQuery(sp.GetRequiredService<Metrics.Data.KpiDbContext>(), sp.GetRequiredService<ReportingCalendar>(), officer, Clock),
            sp.GetRequiredService<ReportingCalendar>(), officer, Clock);
        var report = await query.BuildAsync(July, null, null, withList: true);
        Assert.Equal(["04795"], report.Lines.Select(l => l.Row.UnitCode));
        var other = new CompletenessQuery(sp.GetRequiredService<Metrics.Data.KpiDbContext>(),
            new SubmissionQuery(sp.GetRequiredService<Metrics.Data.KpiDbContext>(), sp.GetRequiredService<ReportingCalendar>(), AccessScope.ForProvinces(["01"], false), Clock),
            sp.GetRequiredService<ReportingCalendar>(), AccessScope.ForProvinces(["01"], false), Clock);
        await Assert.ThrowsAsync<AccessDeniedException>(() => other.BuildAsync(July, null, "25", withList: true));
    }
}
