using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.History;

/// <summary>
/// The old units of before 01/07/2025: the old provinces, their own pages and what became of them (where a province of
/// today came from is in the web's units cache).
/// </summary>
public sealed class UnitOrigins(KpiDbContext db)
{
    /// <summary>The 63 old provinces (none without history) whose province of today <paramref name="readable"/> allows.</summary>
    public async Task<IReadOnlyList<Province>> OldProvincesAsync(Func<string, bool> readable, CancellationToken ct = default)
    {
        var successor = await db.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.ProvinceLevel).ToDictionaryAsync(l => l.OldCode, l => l.NewCode, ct);
        var old = await db.Provinces.IgnoreQueryFilters().AsNoTracking().Where(p => p.ValidTo != null).OrderBy(p => p.Code).ToListAsync(ct);
        return old.Where(p => successor.TryGetValue(p.Code, out var today) && readable(today)).ToList();
    }

    /// <summary>Today's units with the old ones, once imported: to address an old unit for a month before July 2025.</summary>
    public Task<Names.UnitDirectory> DirectoryAsync(CancellationToken ct = default) => Names.UnitDirectory.LoadAsync(db, ct);

    /// <summary>
    /// An old province by code or name (63 rows, not the whole history) with its districts, communes and successor; null
    /// when it is not one or no history is imported. Callers look for today's province first: a code of both times is today's.
    /// </summary>
    public async Task<OldProvince?> OldProvinceAsync(string text, CancellationToken ct = default)
    {
        var provinces = await db.Provinces.IgnoreQueryFilters().AsNoTracking().Where(p => p.ValidTo != null).ToListAsync(ct);
        if (new Names.UnitDirectory(provinces, [], []).FindProvince(text).Item is not { } old) return null;
        var successorCode = await db.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.ProvinceLevel && l.OldCode == old.Code)
            .OrderBy(l => l.Rank).Select(l => l.NewCode).FirstOrDefaultAsync(ct);
        var successor = successorCode is null ? null : await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == successorCode, ct);
        var districts = await db.Districts.AsNoTracking().Where(d => d.ProvinceCode == old.Code).ToListAsync(ct);
        var communes = await db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => c.ValidTo != null && c.ProvinceCode == old.Code).ToListAsync(ct);
        return new OldProvince(old, successor, districts, communes);
    }

    /// <summary>For a province code or name that is not one of today's: what became of the old province, if it is one.</summary>
    public async Task<(string Vi, string En)?> WhereWentAsync(string text, CancellationToken ct = default)
    {
        var units = await Names.UnitDirectory.LoadAsync(db, ct);
        return units.History is { } h && h.Old.FindProvince(text).Item is { } old ? h.WhereWent(old) : null;
    }
}
