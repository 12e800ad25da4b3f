using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

/// <summary>
/// The metrics model. This type is the SQLite context; <see cref="PostgresKpiDbContext"/> derives from it only so that
/// each provider has its own migration set (EF matches migrations to the exact context type).
/// </summary>
public class KpiDbContext : DbContext
{
    public KpiDbContext(DbContextOptions<KpiDbContext> options) : base(options) { }

    protected KpiDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<Fact> Facts => Set<Fact>();
    public DbSet<Batch> Batches => Set<Batch>();
    public DbSet<FactChange> FactChanges => Set<FactChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KpiDbContext).Assembly);
}
