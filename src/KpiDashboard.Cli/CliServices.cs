using System.CommandLine;
using KpiDashboard.Ingestion;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli;

/// <summary>The same services the web app uses, on the database named by --db or ConnectionStrings__Kpi, migrated first.</summary>
internal static class CliServices
{
    public static async Task<AsyncServiceScope> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (parse.GetValue(KpiCommandLine.Db) is { } file)
            configuration["ConnectionStrings:Kpi"] = KpiDatabase.ConnectionStringForFile(file);
        var services = new ServiceCollection()
            .AddKpiMetrics(configuration)
            .AddKpiIngestion()
            .AddKpiExcelReports(configuration)
            .AddKpiAccounts()
            .AddKpiEmail(configuration)
            .AddLogging()
            .BuildServiceProvider();
        var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        return scope;
    }
}
