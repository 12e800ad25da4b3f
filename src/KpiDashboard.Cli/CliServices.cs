using System.CommandLine;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.Cli;

/// <summary>
/// The same services the web app uses, migrated first, on the SQLite file named by --db, or else on
/// Database__Provider and ConnectionStrings__Kpi from the environment.
/// </summary>
internal static class CliServices
{
    public static async Task<AsyncServiceScope> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        // kpi.json in the working directory (optional) holds what environment variables cannot hold well: the Pulls sources.
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "kpi.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        if (parse.GetValue(KpiCommandLine.Db) is { } file)
        {
            configuration["Database:Provider"] = nameof(DatabaseProvider.Sqlite);
            configuration["ConnectionStrings:Kpi"] = KpiDatabase.ConnectionStringForFile(file);
        }
        var services = new ServiceCollection()
            .AddKpiMetrics(configuration)
            .AddKpiIngestion(configuration)
            .AddKpiExcelReports(configuration)
            .AddKpiAccounts()
            .AddKpiEmail(configuration)
            .AddKpiPulls(configuration)
            .AddLogging(logging =>
            {
                if (!parse.GetValue(KpiCommandLine.Verbose)) return;
                logging.AddProvider(new StderrLogger.Provider());
                logging.SetMinimumLevel(LogLevel.Warning).AddFilter("KpiDashboard", LogLevel.Debug);
            })
            .BuildServiceProvider();
        var scope = services.CreateAsyncScope();
        CliDatabase.Remember(scope.ServiceProvider.GetRequiredService<KpiDbContext>());
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        return scope;
    }
}
