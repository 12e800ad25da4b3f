using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KpiDashboard.Web.Health;

/// <summary>
/// /health/live: the process answers (no database). /health/ready, and /health as before: the database checks too.
/// All anonymous and outside the rate limits; 503 when unhealthy, with no detail (the log has it).
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddKpiHealth(this IServiceCollection services)
    {
        services.AddSingleton<SqliteQuickCheck>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [ReadyTag], DatabaseHealthCheck.Timeout + TimeSpan.FromSeconds(2));
        return services;
    }

    public static void MapKpiHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) };
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health", ready).AllowAnonymous();
    }
}
