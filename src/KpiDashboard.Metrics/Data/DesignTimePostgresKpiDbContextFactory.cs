using Microsoft.EntityFrameworkCore.Design;

namespace KpiDashboard.Metrics.Data;

/// <summary>Lets `dotnet ef migrations add --context PostgresKpiDbContext` build the model; it never connects.</summary>
internal sealed class DesignTimePostgresKpiDbContextFactory : IDesignTimeDbContextFactory<PostgresKpiDbContext>
{
    public PostgresKpiDbContext CreateDbContext(string[] args) =>
        (PostgresKpiDbContext)KpiDatabase.Open(DatabaseProvider.Postgres, "Host=localhost;Database=kpi_design_time");
}
