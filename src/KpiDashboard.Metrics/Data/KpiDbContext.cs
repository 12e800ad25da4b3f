using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

public sealed class KpiDbContext(DbContextOptions<KpiDbContext> options) : DbContext(options)
{
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<Fact> Facts => Set<Fact>();
    public DbSet<Batch> Batches => Set<Batch>();
    public DbSet<FactChange> FactChanges => Set<FactChange>();
    public DbSet<PullSourceState> PullSources => Set<PullSourceState>();
    public DbSet<ReportedSource> ReportedSources => Set<ReportedSource>();
    public DbSet<ReportedFigure> ReportedFigures => Set<ReportedFigure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KpiDbContext).Assembly);
}
