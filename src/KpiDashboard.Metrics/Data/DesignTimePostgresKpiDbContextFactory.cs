using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KpiDashboard.Metrics.Data;

/// <summary>
/// Lets `dotnet ef migrations add --context PostgresKpiDbContext` and `dotnet ef dbcontext optimize` build the model;
/// it never connects.
/// </summary>
internal sealed class DesignTimePostgresKpiDbContextFactory : IDesignTimeDbContextFactory<PostgresKpiDbContext>
{
    public PostgresKpiDbContext CreateDbContext(string[] args)
    {
        // Its own service provider, so that a model without filters is never cached for the process's other contexts.
        var options = new DbContextOptionsBuilder<PostgresKpiDbContext>().EnableServiceProviderCaching(false);
        KpiDatabase.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=kpi_design_time");
        return new PostgresKpiDbContext(options.Options) { WithoutQueryFilters = true };
    }
}
