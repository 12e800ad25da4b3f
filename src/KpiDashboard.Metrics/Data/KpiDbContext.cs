using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Metrics.Data;

/// <summary>
/// The metrics model. This type is the SQLite context; <see cref="PostgresKpiDbContext"/> derives from it only so that
/// each provider has its own migration set (EF matches migrations to the exact context type).
/// </summary>
public class KpiDbContext : IdentityDbContext<KpiUser>
{
    public KpiDbContext(DbContextOptions<KpiDbContext> options) : base(options) { }

    protected KpiDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<UnitLink> UnitLinks => Set<UnitLink>();
    public DbSet<CommuneShape> CommuneShapes => Set<CommuneShape>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<Fact> Facts => Set<Fact>();
    public DbSet<FactSummary> FactSummaries => Set<FactSummary>();
    public DbSet<Batch> Batches => Set<Batch>();
    public DbSet<FactChange> FactChanges => Set<FactChange>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<PullSourceState> PullSources => Set<PullSourceState>();
    public DbSet<ReportedSource> ReportedSources => Set<ReportedSource>();
    public DbSet<ReportedFigure> ReportedFigures => Set<ReportedFigure>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<ReplacedDossier> ReplacedDossiers => Set<ReplacedDossier>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<DataRevision> DataRevisions => Set<DataRevision>();

    /// <summary>
    /// Set only by the design-time factories while `dotnet ef dbcontext optimize` writes the compiled models, which
    /// cannot hold query filters (see <see cref="CurrentUnits"/>); migrations do not record filters either.
    /// </summary>
    internal bool WithoutQueryFilters { get; init; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Replace<ForeignKeyIndexConvention>(services =>
            new ForeignKeyIndexUnlessUnindexed(services.GetRequiredService<ProviderConventionSetBuilderDependencies>()));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KpiDbContext).Assembly);
        if (WithoutQueryFilters)
            foreach (var entityType in modelBuilder.Model.GetEntityTypes())
                entityType.SetQueryFilter(null);
    }
}
