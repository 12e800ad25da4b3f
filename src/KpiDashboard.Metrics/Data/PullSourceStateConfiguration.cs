using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class PullSourceStateConfiguration : IEntityTypeConfiguration<PullSourceState>
{
    public void Configure(EntityTypeBuilder<PullSourceState> builder)
    {
        builder.ToTable("PullSources");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.ETag).HasMaxLength(PullSourceState.MaxETagLength);
        builder.Property(s => s.LastStatus).HasMaxLength(20);
        builder.Property(s => s.LastError).HasMaxLength(2000);
        builder.Property(s => s.LeaseOwner).HasMaxLength(100);
        // Ticks keep times comparable on SQLite, which the lease's atomic UPDATE … WHERE relies on.
        foreach (var property in new[] { "LastModified", "LastAttemptUtc", "LastSuccessUtc", "LeaseUntilUtc" })
            builder.Property<DateTimeOffset?>(property).HasConversion(
                v => v.HasValue ? v.Value.UtcTicks : (long?)null,
                v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
    }
}
