using System.Diagnostics;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>Runs a program to its end (killed after two minutes, so a hang fails the test instead of stalling it).</summary>
public static class Processes
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static async Task<Run> RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not end within two minutes.");
        }
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>A command that must succeed (mount, chattr, initdb): its failure fails the test, with its output.</summary>
    public static async Task<string> MustAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var run = await RunAsync(start);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {run.ExitCode}: {run.Error}{run.Out}");
        return run.Out;
    }

    /// <summary>Root, which the fault tests need to mount file systems and set the immutable flag: a missing
    /// prerequisite fails the test, never skips it.</summary>
    public static async Task RequireRootAsync()
    {
        if ((await MustAsync("id", "-u")).Trim() != "0")
            throw new InvalidOperationException("This test mounts a tmpfs and sets chattr +i: run it as root (tests/run.sh does in CI).");
    }
}
