using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.History;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Safety;

/// <summary>
/// What `kpi check` runs: SQLite's integrity_check (quick_check when quick) and the product's own invariants on either
/// provider: every fact's batch, province, field and commune exist, a commune's facts lie in its province, and (unless
/// quick) the summaries equal their facts. Reads only.
/// </summary>
public sealed class DatabaseCheck(KpiDbContext db)
{
    public const int Limit = 100;

    public async Task<IReadOnlyList<CheckFinding>> RunAsync(bool quick, CancellationToken ct = default)
    {
        var findings = new List<CheckFinding>();
        if (db.Database.IsSqlite())
        {
            findings.AddRange(await SqliteIntegrity.RunAsync(db.Database.GetDbConnection(), quick, Limit, ct));
            // The invariants read through the same pages: on a damaged file they would only fail again.
            if (findings.Count > 0) return findings;
        }
        findings.AddRange(await ReferencesAsync(ct));
        if (!quick) findings.AddRange(await SummaryInvariant.RunAsync(db, Limit, ct));
        return findings;
    }

    private async Task<List<CheckFinding>> ReferencesAsync(CancellationToken ct)
    {
        var findings = new List<CheckFinding>();
        var facts = db.Facts.AsNoTracking();
        foreach (var f in await facts.Where(f => !db.Batches.Any(b => b.Id == f.BatchId)).Take(Limit).ToListAsync(ct))
            findings.Add(new CheckFinding("batches", $"fact #{f.Id} ({f.Period} {f.ProvinceCode}/{f.CommuneCode}/{f.FieldCode}): lô/batch #{f.BatchId} không tồn tại / does not exist"));
        // A fact's units are those valid in its month: the old ones before July 2025 when they are imported.
        var provinces = db.Provinces.IgnoreQueryFilters();
        var communes = db.Communes.IgnoreQueryFilters();
        var first = UnitValidity.FirstNewPeriodWhen(await provinces.AnyAsync(p => p.ValidTo != null, ct));
        foreach (var f in await facts.Where(f => !provinces.Any(p => p.Code == f.ProvinceCode && (f.Period < first) == (p.ValidTo != null))).Take(Limit).ToListAsync(ct))
            findings.Add(new CheckFinding("provinces", $"fact #{f.Id}: tỉnh/province '{f.ProvinceCode}' không tồn tại / does not exist"));
        foreach (var f in await facts.Where(f => !db.Fields.Any(x => x.Code == f.FieldCode)).Take(Limit).ToListAsync(ct))
            findings.Add(new CheckFinding("fields", $"fact #{f.Id}: lĩnh vực/field '{f.FieldCode}' không tồn tại / does not exist"));
        // Two plain existence tests: a commune filed for a month is one of that month's units, in the fact's province.
        // A district's own figures (DistrictKey, "H" and its code) are one of the province's districts of a month before July 2025.
        var districtFacts = facts.Where(f => f.CommuneCode != null && f.CommuneCode.Length == 4 && f.CommuneCode.StartsWith(DistrictKey.Prefix));
        foreach (var f in await districtFacts.Where(f => f.Period >= first
                     || !db.Districts.Any(d => DistrictKey.Prefix + d.Code == f.CommuneCode && d.ProvinceCode == f.ProvinceCode)).Take(Limit).ToListAsync(ct))
            findings.Add(new CheckFinding("districts", $"fact #{f.Id}: quận/huyện/district '{f.CommuneCode![1..]}' không thuộc tỉnh/is not in province '{f.ProvinceCode}' trong kỳ/in {f.Period}"));
        facts = facts.Where(f => f.CommuneCode == null || f.CommuneCode.Length != 4);
        foreach (var f in await facts.Where(f => f.CommuneCode != null
                     && !communes.Any(c => c.Code == f.CommuneCode && (f.Period < first) == (c.ValidTo != null))).Take(Limit).ToListAsync(ct))
            findings.Add(new CheckFinding("communes", $"fact #{f.Id}: xã/commune '{f.CommuneCode}' không tồn tại / does not exist"));
        foreach (var f in await facts.Where(f => f.CommuneCode != null
                     && communes.Any(c => c.Code == f.CommuneCode && (f.Period < first) == (c.ValidTo != null))
                     && !communes.Any(c => c.Code == f.CommuneCode && (f.Period < first) == (c.ValidTo != null) && c.ProvinceCode == f.ProvinceCode))
                     .Take(Limit).ToListAsync(ct))
            findings.Add(new CheckFinding("communes", $"fact #{f.Id}: xã/commune '{f.CommuneCode}' không thuộc tỉnh/is not in province '{f.ProvinceCode}'"));
        return findings;
    }
}
