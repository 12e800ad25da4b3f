using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

/// <summary>Creates the database when missing and brings it to the latest migration.</summary>
public sealed class DatabaseMigrator(KpiDbContext db)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets the web app read while the command line writes a batch.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
