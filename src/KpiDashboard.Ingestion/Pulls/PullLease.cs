using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Pulls;

/// <summary>
/// One pull at a time per source, across instances and within one: taking the lease is a single UPDATE … WHERE the lease is free or expired, so two
/// instances racing on the same database cannot both succeed. A scheduled pull names its occurrence: the lease is then
/// refused once any instance has attempted the source at or after that time, so each occurrence is pulled once, however
/// far apart the instances' timers fire.
/// </summary>
public sealed class PullLease(KpiDbContext db, PullInstance instance, TimeProvider time)
{
    public async Task<bool> TryTakeAsync(string source, TimeSpan duration, CancellationToken ct, DateTimeOffset? occurrence = null)
    {
        // The row is made on first use. Two instances may make it at once: the loser's insert does nothing, where a failed
        // SaveChanges would log an error for a race that is expected.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "PullSources" ("Name", "LastRows") VALUES ({source}, 0) ON CONFLICT ("Name") DO NOTHING
            """, ct);
        var now = time.GetUtcNow();
        var until = now + duration;
        var taken = await db.PullSources
            // Not even this instance retakes a lease it holds: its scheduled pull and an Admin's "pull now" would run side by side.
            .Where(s => s.Name == source && (s.LeaseOwner == null || s.LeaseUntilUtc < now)
                        && (occurrence == null || s.LastAttemptUtc == null || s.LastAttemptUtc < occurrence))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, instance.Id).SetProperty(s => s.LeaseUntilUtc, until), ct);
        return taken == 1;
    }

    /// <summary>Whether an attempt at or after <paramref name="occurrence"/> is recorded (why a scheduled pull was refused).</summary>
    public Task<bool> AttemptedSinceAsync(string source, DateTimeOffset occurrence, CancellationToken ct) =>
        db.PullSources.AnyAsync(s => s.Name == source && s.LastAttemptUtc >= occurrence, ct);

    /// <summary>
    /// Extends this instance's lease to <paramref name="duration"/> from now; false when another instance has taken the
    /// source since this lease ran out.
    /// </summary>
    public async Task<bool> RenewAsync(string source, TimeSpan duration, CancellationToken ct)
    {
        var until = time.GetUtcNow() + duration;
        return await db.PullSources.Where(s => s.Name == source && s.LeaseOwner == instance.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntilUtc, until), ct) == 1;
    }

    public Task ReleaseAsync(string source, CancellationToken ct) => db.PullSources
        .Where(s => s.Name == source && s.LeaseOwner == instance.Id)
        .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, (string?)null).SetProperty(s => s.LeaseUntilUtc, (DateTimeOffset?)null), ct);
}
