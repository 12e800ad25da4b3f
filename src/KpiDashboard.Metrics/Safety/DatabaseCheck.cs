using KpiDashboard.Metrics.Data;
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
        foreach (var f in await facts.Where(f => !db.Provinces.Any(p => p.Code == f.ProvinceCode)).Take(Limit).ToListAsync(ct))
            findings.Add(new CheckFinding("provinces", $"fact #{f.Id}: tỉnh/province '{f.ProvinceCode}' không tồn tại / does not exist"));
        foreach (var f in await facts.Where(f => !db.Fields.Any(x => x.Code == f.FieldCode)).Take(Limit).ToListAsync(ct))
            findings.Add(new CheckFinding("fields", $"fact #{f.Id}: lĩnh vực/field '{f.FieldCode}' không tồn tại / does not exist"));
        var misplaced = await facts.Where(f => f.CommuneCode != null)
            .Select(f => new { f.Id, f.ProvinceCode, f.CommuneCode, Commune = db.Communes.FirstOrDefault(c => c.Code == f.CommuneCode) })
            .Where(f => f.Commune == null || f.Commune.ProvinceCode != f.ProvinceCode).Take(Limit).ToListAsync(ct);
        foreach (var f in misplaced)
            findings.Add(new CheckFinding("communes", f.Commune is null
                ? $"fact #{f.Id}: xã/commune '{f.CommuneCode}' không tồn tại / does not exist"
                : $"fact #{f.Id}: xã/commune '{f.CommuneCode}' thuộc tỉnh/belongs to province '{f.Commune.ProvinceCode}', không phải/not '{f.ProvinceCode}'"));
        return findings;
    }
}
