using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

/// <summary>Creates the database when missing and brings it to the latest migration.</summary>
public sealed class DatabaseMigrator(KpiDbContext db)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        // A current database needs no migration lock and none of Migrate's model diff against the snapshot, which
        // builds the snapshot's model: most of a command's start-up (an ingest, every write command, the web app).
        if (await MigrationStatus.ReadAsync(db, ct) != MigrationState.Current) await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets the web app read while the command line writes a batch.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
