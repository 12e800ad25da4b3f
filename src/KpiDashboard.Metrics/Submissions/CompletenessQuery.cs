using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Submissions;

/// <summary>
/// Completeness and timeliness of a month's reports (<see cref="CompletenessReport"/>) for the page, its Excel download
/// and the reminders. The reader's scope limits it: <see cref="SubmissionQuery"/> keeps to the provinces they read, and a
/// commune officer's list to their communes.
/// </summary>
public sealed class CompletenessQuery(KpiDbContext db, SubmissionQuery submissions, ReportingCalendar calendar, AccessScope access, TimeProvider time)
{
    public const int TrendMonths = 12;

    public async Task<CompletenessReport> BuildAsync(Month month, ReportingLevel? level, string? provinceCode, bool withList,
        CancellationToken ct = default)
    {
        if (provinceCode is not null && !access.CanRead(provinceCode))
            throw new AccessDeniedException($"Không có quyền xem tỉnh {provinceCode} / no access to province {provinceCode}");
        var now = time.GetUtcNow();
        var period = Period.OfMonth(month);
        var rows = await submissions.ListAsync(month, provinceCode, level, ct);
        var lines = withList
            ? rows.Where(Listed).Select(r => new CompletenessLine(r, calendar.WorkingDaysLate(period, r.Level, r.SubmittedUtc ?? now))).ToList()
            : [];
        var names = await db.Provinces.AsNoTracking().Select(p => new { p.Code, p.FullName }).ToDictionaryAsync(p => p.Code, p => p.FullName, ct);
        var provinces = rows.GroupBy(r => r.ProvinceCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProvinceReportingRate(g.Key, names.GetValueOrDefault(g.Key, g.Key), ReportingRate.Of(g))).ToList();
        var trend = new List<MonthReportingRate>();
        for (var m = month.AddMonths(-(TrendMonths - 1)); m.Key <= month.Key; m = m.AddMonths(1))
            trend.Add(new MonthReportingRate(m, m == month ? ReportingRate.Of(rows) : ReportingRate.Of(await submissions.ListAsync(m, provinceCode, level, ct))));
        return new CompletenessReport(month, level, provinceCode, provinceCode is null ? null : names.GetValueOrDefault(provinceCode),
            now, withList, !access.IsRestricted && provinceCode is null, lines, provinces, ReportingRate.Of(rows), trend);
    }

    /// <summary>A commune officer's list holds their communes only.</summary>
    private bool Listed(SubmissionRow row) =>
        access.Communes is not { } communes || (row.Level == ReportingLevel.Commune && communes.Contains(row.UnitCode));
}
