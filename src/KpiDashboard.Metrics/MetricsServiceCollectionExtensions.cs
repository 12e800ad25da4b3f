using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Metrics;

public static class MetricsServiceCollectionExtensions
{
    /// <summary>
    /// Without ConnectionStrings:Kpi the web app and `kpi` share one SQLite file in the user's data folder
    /// (~/.local/share/KpiDashboard/kpi.db on Linux), whatever directory they start from.
    /// </summary>
    public static string DefaultConnectionString()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "KpiDashboard");
        Directory.CreateDirectory(folder);
        return KpiDatabase.ConnectionStringForFile(Path.Combine(folder, "kpi.db"));
    }

    /// <summary>The metrics model on the database named by ConnectionStrings:Kpi (a SQLite file by default).</summary>
    public static IServiceCollection AddKpiMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Kpi") is { Length: > 0 } configured ? configured : DefaultConnectionString();
        services.AddDbContext<KpiDbContext>(options => KpiDatabase.Configure(options, connectionString));
        // The command line sees everything; the web app replaces this with the signed-in user's scope.
        services.AddScoped(_ => AccessScope.All);
        services.AddScoped<FigureQuery>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<Accounts.AuditLog>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
