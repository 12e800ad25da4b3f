using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.SourceName).HasMaxLength(400);
        builder.Property(b => b.SourceHash).HasMaxLength(64);
        builder.Property(b => b.CreatedUtc).HasConversion(UtcTicks.Required);
        builder.Property(b => b.RolledBackUtc).HasConversion(UtcTicks.Optional);
    }
}
