using System.Diagnostics;

namespace KpiDashboard.IntegrationTests.Cli;

/// <summary>Runs the real `kpi` program (the built kpi.dll) as a separate process.</summary>
internal static class KpiProcess
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static async Task<Run> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kpi.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Run(process.ExitCode, await output, await error);
    }
}
