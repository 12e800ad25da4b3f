using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// Times the phases of a batch and logs each at Debug (`kpi --verbose`), so a slow national ingest can be profiled
/// where it runs. Reading and staging interleave while the rows stream, so the staging time is summed around each
/// write and the reading time is what remains of the loop.
/// </summary>
internal sealed class BatchPhases(ILogger logger)
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _done = [];
    private long _start = Stopwatch.GetTimestamp();
    private long _nested;

    /// <summary>Ends the current phase and starts the next one.</summary>
    public void End(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        Record(phase, Stopwatch.GetElapsedTime(_start, now) - Stopwatch.GetElapsedTime(0, _nested));
        _start = now;
        _nested = 0;
    }

    /// <summary>Times work inside the current phase that is reported as its own phase.</summary>
    public long Begin() => Stopwatch.GetTimestamp();

    public void EndNested(long started) => _nested += Stopwatch.GetTimestamp() - started;

    /// <summary>Ends the current phase and reports the nested time as <paramref name="nestedPhase"/>.</summary>
    public void End(string phase, string nestedPhase)
    {
        var nested = Stopwatch.GetElapsedTime(0, _nested);
        End(phase);
        Record(nestedPhase, nested);
    }

    /// <summary>One line with every phase, after the last one.</summary>
    public void Summarise(int rows)
    {
        if (!logger.IsEnabled(LogLevel.Debug)) return;
        var total = _done.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Elapsed);
        logger.LogDebug("Batch of {Rows} rows took {TotalMs} ms: {Phases}", rows, (long)total.TotalMilliseconds,
            string.Join(", ", _done.Select(p => $"{p.Phase} {(long)p.Elapsed.TotalMilliseconds}")));
    }

    private void Record(string phase, TimeSpan elapsed)
    {
        _done.Add((phase, elapsed));
        logger.LogDebug("Batch phase {Phase} took {ElapsedMs} ms", phase, (long)elapsed.TotalMilliseconds);
    }
}
