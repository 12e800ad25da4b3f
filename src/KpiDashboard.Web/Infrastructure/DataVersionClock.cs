using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// The data version this instance read last, kept for <see cref="DashboardOptions.DataVersionSeconds"/> so that a busy
/// instance asks the database at most once per interval; a batch or rollback committed in this process
/// (<see cref="DataChanges"/>) ends the interval at once.
/// </summary>
public sealed class DataVersionClock(DataChanges changes, TimeProvider time, IOptions<DashboardOptions> options)
{
    public sealed record Reading(string Version, DateTimeOffset? LastChange);

    private sealed record Kept(Reading Reading, long Generation, DateTimeOffset ReadAt);

    public readonly record struct Started(long Generation, DateTimeOffset At);

    private Kept? _kept;

    /// <summary>The last reading while it is fresh, else null.</summary>
    public Reading? Fresh()
    {
        var kept = Volatile.Read(ref _kept);
        if (kept is null || kept.Generation != changes.Generation) return null;
        var age = time.GetUtcNow() - kept.ReadAt;
        return age >= TimeSpan.Zero && age < TimeSpan.FromSeconds(options.Value.DataVersionSeconds) ? kept.Reading : null;
    }

    /// <summary>Taken before reading, so that a batch committed during the read makes the next request read again.</summary>
    public Started Start() => new(changes.Generation, time.GetUtcNow());

    public void Keep(Started started, Reading reading) => Volatile.Write(ref _kept, new Kept(reading, started.Generation, started.At));
}
