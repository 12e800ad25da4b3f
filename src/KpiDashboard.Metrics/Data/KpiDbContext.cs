using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

public sealed class KpiDbContext(DbContextOptions<KpiDbContext> options) : IdentityDbContext<KpiUser>(options)
{
    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<Fact> Facts => Set<Fact>();
    public DbSet<Batch> Batches => Set<Batch>();
    public DbSet<FactChange> FactChanges => Set<FactChange>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<PullSourceState> PullSources => Set<PullSourceState>();
    public DbSet<ReportedSource> ReportedSources => Set<ReportedSource>();
    public DbSet<ReportedFigure> ReportedFigures => Set<ReportedFigure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KpiDbContext).Assembly);
    }
}
