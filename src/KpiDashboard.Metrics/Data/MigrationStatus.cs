using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

/// <summary>Reads the migration history without writing anything (no migration lock, no history table created).</summary>
public static class MigrationStatus
{
    public static async Task<MigrationState> ReadAsync(KpiDbContext db, CancellationToken ct = default)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        if (applied.Count == 0) return MigrationState.NotKpiDatabase;
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (applied.Any(m => !known.Contains(m))) return MigrationState.Newer;
        return known.Count > applied.Count ? MigrationState.NeedsUpgrade : MigrationState.Current;
    }
}
