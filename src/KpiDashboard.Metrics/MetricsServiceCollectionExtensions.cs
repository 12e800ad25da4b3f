using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Metrics;

public static class MetricsServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=kpi.db";

    /// <summary>The metrics model on the database named by ConnectionStrings:Kpi (a SQLite file by default).</summary>
    public static IServiceCollection AddKpiMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Kpi") ?? DefaultConnectionString;
        services.AddDbContext<KpiDbContext>(options => KpiDatabase.Configure(options, connectionString));
        services.AddScoped<FigureQuery>();
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
