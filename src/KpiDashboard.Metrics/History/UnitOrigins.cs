using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.History;

/// <summary>Where a province of today came from: the old provinces that went into it on 01/07/2025.</summary>
public sealed class UnitOrigins(KpiDbContext db)
{
    /// <summary>The old provinces, the one whose code it kept first; empty without history.</summary>
    public async Task<IReadOnlyList<Province>> PredecessorsAsync(string provinceToday, CancellationToken ct = default)
    {
        var codes = await db.UnitLinks.AsNoTracking()
            .Where(l => l.Level == UnitLink.ProvinceLevel && l.NewCode == provinceToday).Select(l => l.OldCode).ToListAsync(ct);
        var old = await db.Provinces.IgnoreQueryFilters().AsNoTracking().Where(p => p.ValidTo != null && codes.Contains(p.Code)).ToListAsync(ct);
        return old.OrderBy(p => p.Code == provinceToday ? 0 : 1).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
    }
}
