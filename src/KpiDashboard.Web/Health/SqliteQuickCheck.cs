using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Safety;

namespace KpiDashboard.Web.Health;

/// <summary>
/// PRAGMA quick_check of the SQLite file for /health/ready, run at most once a minute (it reads every page, seconds on a
/// large file) and by one probe at a time: the others wait for it and share its answer.
/// </summary>
internal sealed class SqliteQuickCheck(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, IReadOnlyList<CheckFinding> Findings)? _last;

    public async Task<IReadOnlyList<CheckFinding>> RunAsync(string connectionString, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_last is { } last && time.GetUtcNow() - last.At < Lifetime) return last.Findings;
            var findings = await SqliteIntegrity.RunOnFileAsync(SqliteFile.PathOf(connectionString), quick: true, ct);
            _last = (time.GetUtcNow(), findings);
            return findings;
        }
        finally
        {
            _gate.Release();
        }
    }
}
