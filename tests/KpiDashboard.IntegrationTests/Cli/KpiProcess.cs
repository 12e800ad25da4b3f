using System.Diagnostics;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;

namespace KpiDashboard.IntegrationTests.Cli;

/// <summary>Runs the real `kpi` program (the built kpi.dll) as a separate process.</summary>
internal static class KpiProcess
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Task<Run> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>On the test database: `--db FILE` for SQLite (the option users type), the environment for PostgreSQL.</summary>
    public static Task<Run> RunAsync(TestDatabase? db, params string[] args) => RunAsync(Start(db, args));

    /// <param name="environment">Variables set for the process (Smtp__Host, ...).</param>
    public static Task<Run> RunAsync(TestDatabase? db, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = Start(db, args);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return RunAsync(start);
    }

    /// <summary>Runs a prepared start (for instance with extra environment variables) to its end.</summary>
    public static async Task<Run> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>Imports today's units and writes a generated figures file of every commune (`kpi bench generate`) into the database's folder.</summary>
    public static async Task<string> GenerateAsync(TestDatabase db, int months, int fields)
    {
        var units = RepositoryPaths.SharedData("vn-admin-units-2025.json");
        var file = Path.Combine(db.Folder, $"generated-{months}x{fields}.csv");
        Assert.Equal(0, (await RunAsync(db, "units", "import", units)).ExitCode);
        Assert.Equal(0, (await RunAsync(db, "bench", "generate", "--months", $"{months}", "--fields", $"{fields}", "--units", units, "--out", file)).ExitCode);
        return file;
    }

    /// <summary>
    /// Runs kpi and kills it (SIGKILL, no clean-up) as soon as it writes a line containing <paramref name="line"/> on standard
    /// error; Killed is false when it ended first (or not within two minutes).
    /// </summary>
    public static async Task<(bool Killed, int ExitCode)> KillAfterAsync(TestDatabase db, string line, params string[] args)
    {
        using var process = Process.Start(Start(db, args))!;
        var killed = false;
        var watch = Stopwatch.StartNew();
        while (await process.StandardError.ReadLineAsync() is { } text && watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (!text.Contains(line, StringComparison.Ordinal)) continue;
            process.Kill(entireProcessTree: true);
            killed = true;
            break;
        }
        await process.WaitForExitAsync();
        return (killed, process.ExitCode);
    }

    public static ProcessStartInfo Start(TestDatabase? db, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kpi.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (db is null) return start;
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            start.ArgumentList.Add("--db");
            start.ArgumentList.Add(db.Path);
        }
        else
        {
            start.Environment["Database__Provider"] = db.Provider.ToString();
            start.Environment["ConnectionStrings__Kpi"] = db.ConnectionString;
        }
        return start;
    }
}
