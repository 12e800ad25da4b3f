using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Ingestion.Units;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <param name="configuration">Where the <c>Ingest</c> and <c>Narrative</c> limits are read from; without it, their defaults.</param>
    public static IServiceCollection AddKpiIngestion(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var tables = services.AddOptions<TableLimits>();
        var narrative = services.AddOptions<NarrativeLimits>();
        if (configuration is not null)
        {
            tables.Bind(configuration.GetSection(TableLimits.Section));
            narrative.Bind(configuration.GetSection(NarrativeLimits.Section));
        }
        services.AddScoped<BatchWriter>();
        services.AddScoped<IngestService>();
        services.AddScoped<BatchRollback>();
        services.AddScoped<UnitImport>();
        services.AddScoped<History.HistoryImport>();
        services.AddScoped<History.UnitLinkCorrection>();
        services.AddScoped<BoundaryImport>();
        services.AddScoped<FieldImport>();
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<Narrative.ReportedFigureStore>();
        services.AddScoped<Narrative.Reconciliation>();
        return services;
    }
}
