using System.Globalization;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// The data version this instance read last, kept for <see cref="DashboardOptions.DataVersionSeconds"/> so that a busy
/// instance asks the database at most once per interval; a batch or rollback committed in this process
/// (<see cref="DataChanges"/>) ends the interval at once. When the interval ends, one read serves every request that
/// arrives while it runs: without that, each of the requests in flight ran the same statement at the same moment.
/// </summary>
public sealed class DataVersionClock(DataChanges changes, TimeProvider time, IOptions<DashboardOptions> options, IServiceScopeFactory scopes)
{
    public sealed record Reading(string Version, DateTimeOffset? LastChange);

    private sealed record Kept(Reading Reading, long Generation, DateTimeOffset ReadAt);

    private sealed record InFlight(Task<Reading> Task, long Generation, DateTimeOffset StartedAt);

    private Kept? _kept;
    private InFlight? _inFlight;
    private readonly Lock _gate = new();

    /// <summary>The version as of at most one interval ago: the kept reading, the read under way, or a new read.</summary>
    public ValueTask<Reading> GetAsync(CancellationToken ct)
    {
        if (Fresh() is { } fresh) return ValueTask.FromResult(fresh);
        Task<Reading> shared;
        lock (_gate)
        {
            if (Fresh() is { } kept) return ValueTask.FromResult(kept);
            var generation = changes.Generation;
            // A read started before a commit in this process, or longer ago than the interval, may miss what the caller
            // must see; a failed one is not kept, the next request reads again.
            if (_inFlight is not { } flight || flight.Task.IsCompleted || flight.Generation != generation || !IsFresh(flight.StartedAt))
            {
                var startedAt = time.GetUtcNow();
                // Not in the caller's request (its scope, cancellation and context): other requests wait for this read too.
                using (ExecutionContext.SuppressFlow()) flight = new InFlight(Task.Run(() => ReadAsync(generation, startedAt)), generation, startedAt);
                _inFlight = flight;
            }
            shared = flight.Task;
        }
        return new ValueTask<Reading>(shared.WaitAsync(ct));
    }

    /// <summary>The last reading while it is fresh, else null.</summary>
    private Reading? Fresh()
    {
        var kept = Volatile.Read(ref _kept);
        return kept is not null && kept.Generation == changes.Generation && IsFresh(kept.ReadAt) ? kept.Reading : null;
    }

    private bool IsFresh(DateTimeOffset at)
    {
        var age = time.GetUtcNow() - at;
        return age >= TimeSpan.Zero && age < TimeSpan.FromSeconds(options.Value.DataVersionSeconds);
    }

    // The generation and time are taken before reading, so that a batch committed during the read makes the next request read again.
    private async Task<Reading> ReadAsync(long generation, DateTimeOffset startedAt)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
        // Times are stored as UTC ticks, so MAX works on both engines.
        var row = (await db.Database.SqlQueryRaw<BatchStamp>(
            "SELECT COUNT(*) AS \"Count\", MAX(\"Id\") AS \"MaxId\", COUNT(\"RolledBackUtc\") AS \"RolledBack\", " +
            "MAX(\"CreatedUtc\") AS \"LastCreated\", MAX(\"RolledBackUtc\") AS \"LastRolledBack\", " +
            "(SELECT MAX(\"UpdatedUtc\") FROM \"Submissions\") AS \"LastReview\", (SELECT COUNT(*) FROM \"Submissions\" WHERE \"ApprovedUtc\" IS NOT NULL) AS \"Approved\", " +
            "(SELECT MAX(\"Id\") FROM \"DataRevisions\") AS \"Revision\" FROM \"Batches\"").ToListAsync()).Single();
        var version = string.Create(CultureInfo.InvariantCulture, $"{row.Count}-{row.MaxId ?? 0}-{row.RolledBack}-{row.LastReview ?? 0}-{row.Approved}-{row.Revision ?? 0}");
        var last = Math.Max(Math.Max(row.LastCreated ?? 0, row.LastRolledBack ?? 0), row.LastReview ?? 0);
        var reading = new Reading(version, last == 0 ? null : new DateTimeOffset(last, TimeSpan.Zero));
        Volatile.Write(ref _kept, new Kept(reading, generation, startedAt));
        return reading;
    }

    private sealed record BatchStamp(long Count, long? MaxId, long RolledBack, long? LastCreated, long? LastRolledBack, long? LastReview, long Approved, long? Revision);
}
