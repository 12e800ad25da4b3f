using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// Times the phases of a batch and logs each at Debug (`kpi --verbose`), so a slow national ingest can be profiled
/// where it runs. Each phase has its wall time and the process's CPU time, which a busy machine inflates less.
/// Reading and staging interleave while the rows stream: the staging time is summed around each write and the reading
/// time is what remains of the loop; their CPU time is only known together (reading it costs a system call).
/// </summary>
internal sealed class BatchPhases(ILogger logger)
{
    private readonly List<(string Phase, TimeSpan Wall, TimeSpan? Cpu, bool Part)> _done = [];
    private long _start = Stopwatch.GetTimestamp();
    private TimeSpan _startCpu = Environment.CpuUsage.TotalTime;
    private long _nested;
    private readonly TimeSpan _firstCpu = Environment.CpuUsage.TotalTime;

    /// <summary>Ends the current phase and starts the next one.</summary>
    public void End(string phase)
    {
        var (wall, cpu) = Lap();
        Record(phase, wall, cpu);
    }

    /// <summary>Starts timing work inside the current phase that is reported as a phase of its own.</summary>
    public long Begin() => Stopwatch.GetTimestamp();

    public void EndNested(long started) => _nested += Stopwatch.GetTimestamp() - started;

    /// <summary>Ends the current phase and reports the nested time as <paramref name="nestedPhase"/>.</summary>
    public void End(string phase, string nestedPhase)
    {
        var nested = Stopwatch.GetElapsedTime(0, _nested);
        var (wall, cpu) = Lap();
        Record(phase, wall - nested, null);
        Record(nestedPhase, nested, null);
        Record($"{phase} and {nestedPhase}", wall, cpu, part: false);
    }

    /// <summary>One line with every phase (wall/CPU milliseconds), after the last one.</summary>
    public void Summarise(int rows)
    {
        if (!logger.IsEnabled(LogLevel.Debug)) return;
        var wall = _done.Where(p => p.Part).Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Wall);
        logger.LogDebug("Batch of {Rows} rows took {WallMs} ms ({CpuMs} ms CPU); phase wall/CPU ms: {Phases}", rows, Ms(wall),
            Ms(Environment.CpuUsage.TotalTime - _firstCpu), string.Join(", ", _done.Select(p => $"{p.Phase} {Ms(p.Wall)}/{(p.Cpu is { } c ? Ms(c) : "-")}")));
    }

    private (TimeSpan Wall, TimeSpan Cpu) Lap()
    {
        var now = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var lap = (Stopwatch.GetElapsedTime(_start, now), cpu - _startCpu);
        (_start, _startCpu, _nested) = (now, cpu, 0);
        return lap;
    }

    /// <param name="part">False for a total of phases already recorded.</param>
    private void Record(string phase, TimeSpan wall, TimeSpan? cpu, bool part = true)
    {
        _done.Add((phase, wall, cpu, part));
        if (cpu is { } c) logger.LogDebug("Batch phase {Phase} took {WallMs} ms ({CpuMs} ms CPU)", phase, Ms(wall), Ms(c));
        else logger.LogDebug("Batch phase {Phase} took {WallMs} ms", phase, Ms(wall));
    }

    private static string Ms(TimeSpan t) => ((long)t.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
