using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

/// <summary>The same model on PostgreSQL, with its own migrations under Migrations/Postgres.</summary>
public sealed class PostgresKpiDbContext(DbContextOptions<PostgresKpiDbContext> options) : KpiDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The natural key with "no commune" as one value, like SQLite's COALESCE expression index. PostgreSQL 15's
        // NULLS NOT DISTINCT lets the model itself say so, so a regenerated migration keeps it without hand edits.
        modelBuilder.Entity<Fact>()
            .HasIndex(f => new { f.Period, f.ProvinceCode, f.CommuneCode, f.FieldCode }, KpiDatabase.NaturalKeyIndex)
            .IsUnique()
            .AreNullsDistinct(false);
    }
}
