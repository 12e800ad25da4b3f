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

    private sealed record UnitCounts(long Provinces, long Communes, long Fields);

    public async Task<Units> GetAsync(KpiDbContext db, CancellationToken ct)
    {
        var counts = (await db.Database.SqlQueryRaw<UnitCounts>(
            "SELECT (SELECT COUNT(*) FROM \"Provinces\") AS \"Provinces\", (SELECT COUNT(*) FROM \"Communes\") AS \"Communes\", " +
            "(SELECT COUNT(*) FROM \"Fields\") AS \"Fields\"").ToListAsync(ct)).Single();
        var (provinces, communes, fields) = ((int)counts.Provinces, (int)counts.Communes, (int)counts.Fields);
        if (_current is { } c && c.Provinces == provinces && c.Communes == communes && c.Fields == fields) return c.Units;
        var units = new Units(
            await db.Provinces.AsNoTracking().ToListAsync(ct),
            await db.Communes.AsNoTracking().ToListAsync(ct),
            await db.Fields.AsNoTracking().ToListAsync(ct));
        _current = new Snapshot(provinces, communes, fields, units);
        return units;
    }
}
