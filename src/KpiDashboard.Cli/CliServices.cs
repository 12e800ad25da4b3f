using System.CommandLine;
using KpiDashboard.Ingestion;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Reporting.Excel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli;

/// <summary>
/// The same services the web app uses, migrated first, on the SQLite file named by --db, or else on
/// Database__Provider and ConnectionStrings__Kpi from the environment.
/// </summary>
internal static class CliServices
{
    public static async Task<AsyncServiceScope> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (parse.GetValue(KpiCommandLine.Db) is { } file)
        {
            configuration["Database:Provider"] = nameof(DatabaseProvider.Sqlite);
            configuration["ConnectionStrings:Kpi"] = KpiDatabase.ConnectionStringForFile(file);
        }
        var services = new ServiceCollection()
            .AddKpiMetrics(configuration)
            .AddKpiIngestion()
            .AddKpiExcelReports(configuration)
            .BuildServiceProvider();
        var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        return scope;
    }
}
