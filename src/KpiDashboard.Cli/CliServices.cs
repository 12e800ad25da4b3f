using System.CommandLine;
using System.Diagnostics;
using KpiDashboard.Metrics.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Cli;

/// <summary>
/// The same services the web app uses, migrated first by commands that write (read-only for the others, see
/// <see cref="CommandModes"/>), on the SQLite file named by --db, or else on
/// Database__Provider and ConnectionStrings__Kpi from the environment.
/// </summary>
internal static class CliServices
{
    public static async Task<AsyncServiceScope> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var configuration = CliConfiguration.Build(parse);
        CliDatabase.Remember(CliConfiguration.Database(configuration));
        var mode = CommandModes.Of(parse);
        if (mode == CommandMode.Read) await ReadAccess.OpenReadOnlyAsync(configuration, ct);
        var services = new ServiceCollection()
            .AddKpiCommandServices(configuration)
            .AddLogging(logging =>
            {
                if (!parse.GetValue(KpiCommandLine.Verbose)) return;
                logging.AddProvider(new StderrLogger.Provider());
                logging.SetMinimumLevel(LogLevel.Warning).AddFilter("KpiDashboard", LogLevel.Debug);
            })
            .BuildServiceProvider();
        var scope = services.CreateAsyncScope();
        var migrating = Stopwatch.StartNew();
        if (mode == CommandMode.Write) await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        else await ReadAccess.RequireCurrentAsync(scope.ServiceProvider.GetRequiredService<KpiDbContext>(), ct);
        LogStartup(scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("KpiDashboard.Cli.Startup"), migrating.ElapsedMilliseconds);
        return scope;
    }

    /// <summary>`kpi --verbose`: what the process spent before the command's own work, beside the phases of an ingest.</summary>
    private static void LogStartup(ILogger log, long migrationsMs)
    {
        if (!log.IsEnabled(LogLevel.Debug)) return;
        using var process = Process.GetCurrentProcess();
        var wall = TimeProvider.System.GetUtcNow() - process.StartTime.ToUniversalTime();
        log.LogDebug("Start-up took {Wall} ms ({Cpu} ms CPU), of which opening the database and the migrations check {Migrations} ms",
            (long)wall.TotalMilliseconds, (long)process.TotalProcessorTime.TotalMilliseconds, migrationsMs);
    }
}
