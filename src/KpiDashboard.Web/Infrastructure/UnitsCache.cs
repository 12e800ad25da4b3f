using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// Keeps the 3,321 communes and their name index in memory (and the old provinces each province came from): rebuilding
/// them costs more than a whole page.
/// A cheap count of the three tables and the newest <see cref="Metrics.Entities.DataRevision"/> tell when an import
/// changed them (a renamed field or commune leaves the counts as they were); they are counted once per data version
/// (<see cref="DataVersion"/>, which holds that revision), not on every request.
/// </summary>
public sealed class UnitsCache
{
    // A reference swap, so that concurrent requests see one whole snapshot or the other.
    private volatile Snapshot? _current;

    private sealed record Snapshot(int Provinces, int Communes, int Fields, long Revision, Units Units, string? Version);

    private sealed record UnitCounts(long Provinces, long Communes, long Fields, long? Revision);

    /// <param name="version">The data version the caller read; the counts already checked under it are not read again.</param>
    public async Task<Units> GetAsync(KpiDbContext db, string? version, CancellationToken ct)
    {
        if (_current is { } seen && version is not null && seen.Version == version) return seen.Units;
        var counts = (await db.Database.SqlQueryRaw<UnitCounts>(
            "SELECT (SELECT COUNT(*) FROM \"Provinces\") AS \"Provinces\", (SELECT COUNT(*) FROM \"Communes\") AS \"Communes\", " +
            "(SELECT COUNT(*) FROM \"Fields\") AS \"Fields\", (SELECT MAX(\"Id\") FROM \"DataRevisions\") AS \"Revision\"").ToListAsync(ct)).Single();
        var (provinces, communes, fields, revision) = ((int)counts.Provinces, (int)counts.Communes, (int)counts.Fields, counts.Revision ?? 0);
        if (_current is { } c && c.Provinces == provinces && c.Communes == communes && c.Fields == fields && c.Revision == revision)
        {
            _current = c with { Version = version };
            return c.Units;
        }
        var units = new Units(
            await db.Provinces.AsNoTracking().ToListAsync(ct),
            await db.Communes.AsNoTracking().ToListAsync(ct),
            await db.Fields.AsNoTracking().ToListAsync(ct),
            await db.Provinces.IgnoreQueryFilters().AsNoTracking().Where(p => p.ValidTo != null).ToListAsync(ct),
            await db.UnitLinks.AsNoTracking().Where(l => l.Level == UnitLink.ProvinceLevel).ToListAsync(ct));
        _current = new Snapshot(provinces, communes, fields, revision, units, version);
        return units;
    }
}
