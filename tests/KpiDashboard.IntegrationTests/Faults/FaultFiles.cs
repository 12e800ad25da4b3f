using System.Diagnostics;
using System.Globalization;
using System.Text;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.BuiltIn;

namespace KpiDashboard.IntegrationTests.Faults;

/// <summary>What the fault tests share: figures files of a chosen size, `kpi` on a SQLite file, and the check that a
/// failure is one sentence, not a trace.</summary>
internal static class FaultFiles
{
    /// <summary>Valid figures, province level: every built-in province and field for <paramref name="months"/> months from
    /// January 2000, each month's carried-over equal to the previous month's pending (no warnings).</summary>
    public static string Figures(string folder, string name, int months)
    {
        var text = new StringBuilder(Csv.Header);
        for (var m = 0; m < months; m++)
        {
            var period = new DateOnly(2000, 1, 1).AddMonths(m).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            foreach (var province in BuiltInProvinces.All)
                foreach (var field in BuiltInFields.All)
                    text.Append(CultureInfo.InvariantCulture, $"{period},{province.Code},,{field.Code},20,7,13,20,7,0,12,1\n");
        }
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>`kpi --db FILE ARGS`, with a one-second busy timeout so that a held lock fails fast.</summary>
    public static Task<Processes.Run> Kpi(string database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kpi.dll"));
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(database);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Database__SqliteBusyTimeoutSeconds"] = "1";
        return Processes.RunAsync(start);
    }

    /// <summary>Exit code 1 and one line on stderr that names <paramref name="location"/> and gives <paramref name="advice"/>.</summary>
    public static void AssertOneSentence(Processes.Run run, string location, string advice)
    {
        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}, stderr: {run.Error}");
        Assert.DoesNotContain("Unhandled exception", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length is >= 1 and <= 2, $"expected one or two lines on stderr, got {lines.Length}: {run.Error}");
        Assert.Contains(location, run.Error);
        Assert.Contains(advice, run.Error);
    }
}
