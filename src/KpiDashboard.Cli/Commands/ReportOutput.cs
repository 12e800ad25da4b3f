using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class ReportOutput
{
    /// <summary>
    /// Writes the report to --out, or archives it under the reports root, and prints where it went. The command line acts
    /// as the server's operator: unrestricted (a nation-wide report is recorded as such) and not held to the daily quota.
    /// </summary>
    public static async Task<int> SaveAsync(IServiceProvider services, GeneratedReport report, Period period, FileInfo? output, CancellationToken ct)
    {
        if (output is not null)
        {
            await File.WriteAllBytesAsync(output.FullName, report.Content, ct);
            Console.Out.WriteLine(output.FullName);
            return ExitCodes.Ok;
        }
        var archive = services.GetRequiredService<ReportArchive>();
        var version = await ReportArchive.CurrentDataVersionAsync(services.GetRequiredService<KpiDbContext>(), ct);
        var saved = await archive.SaveAsync(period, report.Name, report.Coverage, report.Content, createdBy: Environment.UserName, dataVersion: version, ct: ct);
        Console.Out.WriteLine(archive.PathFor(period, saved.FileName));
        return ExitCodes.Ok;
    }
}
