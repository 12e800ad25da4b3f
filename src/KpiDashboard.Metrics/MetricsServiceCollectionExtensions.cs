using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
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

    /// <summary>
    /// The metrics model on Database:Provider (Sqlite by default, or Postgres) at ConnectionStrings:Kpi.
    /// The provider decides the context type, so the options are read and checked here, at registration.
    /// </summary>
    public static IServiceCollection AddKpiMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = ReadOptions(configuration);
        var configured = configuration.GetConnectionString("Kpi");
        if (settings.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Kpi is empty / thiếu chuỗi kết nối PostgreSQL.");
        var connectionString = configured is { Length: > 0 } ? configured : DefaultConnectionString();

        // The options are the same for every context (the connection string is fixed): built once, not per request.
        if (settings.Provider == DatabaseProvider.Postgres)
            services.AddDbContext<KpiDbContext, PostgresKpiDbContext>(options => KpiDatabase.Configure(options, settings.Provider, connectionString, settings),
                optionsLifetime: ServiceLifetime.Singleton);
        else
            services.AddDbContext<KpiDbContext>(options => KpiDatabase.Configure(options, settings.Provider, connectionString, settings),
                optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(settings);
        // The command line sees everything; the web app replaces this with the signed-in user's scope.
        services.AddScoped(_ => AccessScope.All);
        services.AddScoped<FigureQuery>();
        services.AddScoped<History.UnitOrigins>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<Safety.DatabaseCheck>();
        services.AddScoped<Accounts.AuditLog>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DataChanges>();
        services.AddKpiReportingCycle(configuration);
        return services;
    }

    public static DatabaseOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(DatabaseOptions.Section);
        var provider = section["Provider"];
        if (!string.IsNullOrEmpty(provider) && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _))
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");
        var settings = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (settings.SqliteBusyTimeoutSeconds <= 0)
            throw new InvalidOperationException("Database:SqliteBusyTimeoutSeconds must be positive.");
        return settings;
    }
}
