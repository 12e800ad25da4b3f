using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Reporting.Excel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli;

/// <summary>The services every `kpi` command has; public so the integration tests resolve the very same ones.</summary>
public static class CommandServiceCollectionExtensions
{
    public static IServiceCollection AddKpiCommandServices(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddKpiMetrics(configuration)
            .AddKpiIngestion(configuration)
            .AddKpiExcelReports(configuration)
            .AddKpiAccounts()
            .AddKpiEmail(configuration)
            .AddKpiPulls(configuration);
}
