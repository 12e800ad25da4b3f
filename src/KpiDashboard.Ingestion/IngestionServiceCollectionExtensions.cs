using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Dossiers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <param name="configuration">Where the <c>Ingest</c>, <c>Narrative</c> and <c>Boundaries</c> limits and the <c>Dossiers</c> rules are read from; without it, their defaults.</param>
    public static IServiceCollection AddKpiIngestion(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var tables = services.AddOptions<TableLimits>();
        var narrative = services.AddOptions<NarrativeLimits>();
        var boundaries = services.AddOptions<BoundaryLimits>();
        var dossiers = services.AddOptions<DossierRuleOptions>();
        if (configuration is not null)
        {
            boundaries.Bind(configuration.GetSection(BoundaryLimits.Section));
            dossiers.Bind(configuration.GetSection(DossierRuleOptions.Section));
            tables.Bind(configuration.GetSection(TableLimits.Section));
            narrative.Bind(configuration.GetSection(NarrativeLimits.Section));
        }
        services.AddScoped<BatchWriter>();
        services.AddScoped<IngestService>();
        services.AddScoped<Entry.EntryService>();
        services.AddScoped<BatchRollback>();
        services.AddScoped<Dossiers.DossierRecompute>();
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
