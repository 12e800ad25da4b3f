using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// Keeps the 3,321 communes and their name index in memory: rebuilding them costs more than a whole page.
/// A cheap count of the three tables tells when an import changed them.
/// </summary>
public sealed class UnitsCache
{
    // A reference swap, so that concurrent requests see one whole snapshot or the other.
    private volatile Snapshot? _current;

    private sealed record Snapshot(int Provinces, int Communes, int Fields, Units Units);

    public async Task<Units> GetAsync(KpiDbContext db, CancellationToken ct)
    {
        var provinces = await db.Provinces.CountAsync(ct);
        var communes = await db.Communes.CountAsync(ct);
        var fields = await db.Fields.CountAsync(ct);
        if (_current is { } c && c.Provinces == provinces && c.Communes == communes && c.Fields == fields) return c.Units;
        var units = new Units(
            await db.Provinces.AsNoTracking().ToListAsync(ct),
            await db.Communes.AsNoTracking().ToListAsync(ct),
            await db.Fields.AsNoTracking().ToListAsync(ct));
        _current = new Snapshot(provinces, communes, fields, units);
        return units;
    }
}
