using System.Globalization;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// A token that changes whenever the figures can have changed: every ingest adds a batch and every rollback
/// stamps one, so the number of batches, the highest id and the number rolled back together identify the data; an
/// approval, return or reopening stamps its submission (approved-only figures and the pages' report status change);
/// a units, fields, history or boundaries import and a unit link correction add a <see cref="Metrics.Entities.DataRevision"/>.
/// Read in one statement, and at most once per <see cref="DataVersionClock"/> interval per instance.
/// </summary>
public sealed class DataVersion(KpiDbContext db, DataVersionClock clock)
{
    private DataVersionClock.Reading? _reading;

    public async Task<string> GetAsync(CancellationToken ct) => (await ReadAsync(ct)).Version;

    /// <summary>When the newest batch landed or was rolled back, UTC; null before any data.</summary>
    public async Task<DateTimeOffset?> LastChangeAsync(CancellationToken ct) => (await ReadAsync(ct)).LastChange;

    private async Task<DataVersionClock.Reading> ReadAsync(CancellationToken ct)
    {
        if (_reading is not null) return _reading;
        if (clock.Fresh() is { } fresh) return _reading = fresh;
        var started = clock.Start();
        // Times are stored as UTC ticks, so MAX works on both engines.
        var row = (await db.Database.SqlQueryRaw<BatchStamp>(
            "SELECT COUNT(*) AS \"Count\", MAX(\"Id\") AS \"MaxId\", COUNT(\"RolledBackUtc\") AS \"RolledBack\", " +
            "MAX(\"CreatedUtc\") AS \"LastCreated\", MAX(\"RolledBackUtc\") AS \"LastRolledBack\", " +
            "(SELECT MAX(\"UpdatedUtc\") FROM \"Submissions\") AS \"LastReview\", (SELECT COUNT(\"ApprovedUtc\") FROM \"Submissions\") AS \"Approved\", " +
            "(SELECT MAX(\"Id\") FROM \"DataRevisions\") AS \"Revision\" FROM \"Batches\"").ToListAsync(ct)).Single();
        var version = string.Create(CultureInfo.InvariantCulture, $"{row.Count}-{row.MaxId ?? 0}-{row.RolledBack}-{row.LastReview ?? 0}-{row.Approved}-{row.Revision ?? 0}");
        var last = Math.Max(Math.Max(row.LastCreated ?? 0, row.LastRolledBack ?? 0), row.LastReview ?? 0);
        _reading = new DataVersionClock.Reading(version, last == 0 ? null : new DateTimeOffset(last, TimeSpan.Zero));
        clock.Keep(started, _reading);
        return _reading;
    }

    private sealed record BatchStamp(long Count, long? MaxId, long RolledBack, long? LastCreated, long? LastRolledBack, long? LastReview, long Approved, long? Revision);
}
