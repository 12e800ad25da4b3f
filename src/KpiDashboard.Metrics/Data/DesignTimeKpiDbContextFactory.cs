using Microsoft.EntityFrameworkCore.Design;

namespace KpiDashboard.Metrics.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a host.</summary>
internal sealed class DesignTimeKpiDbContextFactory : IDesignTimeDbContextFactory<KpiDbContext>
{
    public KpiDbContext CreateDbContext(string[] args) => KpiDatabase.Open("Data Source=design-time.db");
}
