using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Units;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddKpiIngestion(this IServiceCollection services)
    {
        services.AddScoped<BatchWriter>();
        services.AddScoped<IngestService>();
        services.AddScoped<BatchRollback>();
        services.AddScoped<UnitImport>();
        services.AddScoped<FieldImport>();
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<Narrative.ReportedFigureStore>();
        services.AddScoped<Narrative.Reconciliation>();
        return services;
    }
}
