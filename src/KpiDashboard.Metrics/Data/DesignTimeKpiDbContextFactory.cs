using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KpiDashboard.Metrics.Data;

/// <summary>Lets `dotnet ef migrations add` and `dotnet ef dbcontext optimize` build the model without a host.</summary>
internal sealed class DesignTimeKpiDbContextFactory : IDesignTimeDbContextFactory<KpiDbContext>
{
    public KpiDbContext CreateDbContext(string[] args)
    {
        // Its own service provider, so that a model without filters is never cached for the process's other contexts.
        var options = new DbContextOptionsBuilder<KpiDbContext>().EnableServiceProviderCaching(false);
        KpiDatabase.Configure(options, "Data Source=design-time.db");
        return new KpiDbContext(options.Options) { WithoutQueryFilters = true };
    }
}
