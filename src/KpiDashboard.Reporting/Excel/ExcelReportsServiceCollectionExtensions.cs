using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Reporting.Excel;

public static class ExcelReportsServiceCollectionExtensions
{
    /// <summary>
    /// The Excel and CSV reports: builders and exporter (scoped, on the metrics model registered by AddKpiMetrics)
    /// and the archive, its root from configuration "Reports:Root" (default: the repository's reports/ folder).
    /// </summary>
    public static IServiceCollection AddKpiExcelReports(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ReportArchiveOptions();
        configuration.GetSection(ReportArchiveOptions.Section).Bind(options);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<ReportArchive>();
        services.AddScoped<Form06Builder>();
        services.AddScoped<NationalSummaryBuilder>();
        services.AddScoped<FactCsvExporter>();
        services.AddScoped<Reports.ReportFactory>();
        services.AddScoped<Reports.ReportPhases>();
        return services;
    }
}
