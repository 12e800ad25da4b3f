using System.CommandLine;
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
        if (mode == CommandMode.Write) await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        else await ReadAccess.RequireCurrentAsync(scope.ServiceProvider.GetRequiredService<KpiDbContext>(), ct);
        return scope;
    }
}
