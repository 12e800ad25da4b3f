using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Submissions;

/// <summary>Every unit that must report for a month (each province, its agencies, each commune), with its report's state.</summary>
public sealed class SubmissionQuery(KpiDbContext db, ReportingCalendar calendar, AccessScope access, TimeProvider time)
{
    public async Task<IReadOnlyList<SubmissionRow>> ListAsync(Month month, string? provinceCode = null, ReportingLevel? level = null,
        CancellationToken ct = default)
    {
        var provinces = await db.Provinces.AsNoTracking().Where(p => provinceCode == null || p.Code == provinceCode).ToListAsync(ct);
        var codes = provinces.Select(p => p.Code).ToList();
        var communes = level is null or ReportingLevel.Commune
            ? await db.Communes.AsNoTracking().Where(c => codes.Contains(c.ProvinceCode)).ToListAsync(ct)
            : [];
        return await ListAsync(month, provinces, communes, provinceCode, level, ct);
    }

    /// <summary>
    /// The same rows from units the caller already holds (a page keeps them per data version), so that only the month's
    /// reports are read.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionRow>> ListAsync(Month month, IEnumerable<Province> allProvinces, IEnumerable<Commune> allCommunes,
        string? provinceCode, ReportingLevel? level, CancellationToken ct = default)
    {
        var provinces = allProvinces.Where(p => (provinceCode is null || p.Code == provinceCode) && access.CanRead(p.Code))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var codes = provinces.Select(p => p.Code).ToList();
        var reports = db.Submissions.AsNoTracking().Where(s => s.Period == month.Key && codes.Contains(s.ProvinceCode));
        // The nation's status lists the 34 provinces' reports, not the 3,321 communes' of the month.
        if (level is { } only) reports = reports.Where(s => s.Level == only);
        // The columns a row shows, not the whole report (a draft's figures are JSON the status never reads).
        var stored = await reports
            .Select(s => new StoredReport(s.Level, s.UnitCode, s.State, s.Channel, s.SubmittedUtc, s.ApprovedBy, s.ApprovedUtc, s.ReturnReason))
            .ToDictionaryAsync(s => (s.Level, s.UnitCode), ct);
        var period = Period.OfMonth(month);
        var now = time.GetUtcNow();
        var rows = new List<SubmissionRow>();

        SubmissionRow Row(ReportingLevel unitLevel, string code, string name, string province)
        {
            var deadline = calendar.Deadline(period, unitLevel);
            var s = stored.GetValueOrDefault((unitLevel, code));
            var state = s?.State ?? SubmissionState.NotStarted;
            var late = calendar.IsLate(period, unitLevel, s?.SubmittedUtc ?? now);
            return new SubmissionRow(code, name, unitLevel, province, state, s?.Channel, s?.SubmittedUtc, deadline, late,
                s?.ApprovedBy, s?.ApprovedUtc, s?.ReturnReason);
        }

        if (level is null or ReportingLevel.Province)
            rows.AddRange(provinces.Select(p => Row(ReportingLevel.Province, p.Code, p.FullName, p.Code)));
        if (level is null or ReportingLevel.Agency)
            rows.AddRange(provinces.Select(p => Row(ReportingLevel.Agency, p.Code, $"Các cơ quan cấp tỉnh, {p.FullName}", p.Code)));
        if (level is null or ReportingLevel.Commune)
        {
            var readable = codes.ToHashSet(StringComparer.Ordinal);
            var communes = allCommunes.Where(c => readable.Contains(c.ProvinceCode))
                .OrderBy(c => c.ProvinceCode, StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal);
            rows.AddRange(communes.Select(c => Row(ReportingLevel.Commune, c.Code, c.FullName, c.ProvinceCode)));
        }
        return rows;
    }

    private sealed record StoredReport(ReportingLevel Level, string UnitCode, SubmissionState State, SubmissionChannel? Channel,
        DateTimeOffset? SubmittedUtc, string? ApprovedBy, DateTimeOffset? ApprovedUtc, string? ReturnReason);
}
