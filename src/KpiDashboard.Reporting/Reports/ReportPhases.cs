using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Reporting.Reports;

/// <summary>
/// Times the phases of making a report (`kpi --verbose report ...`) and logs each at Debug with its wall time and the
/// process's CPU time, which a busy machine inflates less. Logs nothing unless Debug is on.
/// </summary>
public sealed class ReportPhases(ILogger<ReportPhases>? logger = null)
{
    private long _start = Stopwatch.GetTimestamp();
    private TimeSpan _startCpu = Environment.CpuUsage.TotalTime;

    public bool Enabled => logger?.IsEnabled(LogLevel.Debug) == true;

    /// <summary>Ends the current phase (begun at the last call or at creation) and starts the next one.</summary>
    public void End(string phase)
    {
        if (!Enabled) return;
        var now = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        Log(phase, Stopwatch.GetElapsedTime(_start, now), cpu - _startCpu);
        (_start, _startCpu) = (now, cpu);
    }

    /// <summary>What this process did before the command ran.</summary>
    public readonly record struct Mark(DateTime StartedUtc, long At, TimeSpan Cpu)
    {
        public static Mark Now()
        {
            using var process = Process.GetCurrentProcess();
            return new(process.StartTime.ToUniversalTime(), Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
        }
    }

    /// <summary>
    /// Logs "start-up" (from the process's start to <paramref name="command"/>, taken when the command began) and
    /// <paramref name="phase"/> (from there to now), then times from here.
    /// </summary>
    public void EndStartUp(Mark command, string phase)
    {
        if (!Enabled) return;
        var startUp = DateTime.UtcNow - command.StartedUtc - Stopwatch.GetElapsedTime(command.At);
        Log("start-up", startUp, command.Cpu);
        (_start, _startCpu) = (command.At, command.Cpu);
        End(phase);
    }

    private void Log(string phase, TimeSpan wall, TimeSpan cpu) =>
        logger!.LogDebug("Report phase {Phase} took {WallMs} ms ({CpuMs} ms CPU)", phase, Ms(wall), Ms(cpu));

    private static string Ms(TimeSpan t) => ((long)t.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
