using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class UnitLinkConfiguration : IEntityTypeConfiguration<UnitLink>
{
    public void Configure(EntityTypeBuilder<UnitLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Level).HasMaxLength(10);
        builder.Property(l => l.OldCode).HasMaxLength(5);
        builder.Property(l => l.NewCode).HasMaxLength(5);
        builder.Property(l => l.Kind).HasMaxLength(10);
        builder.Property(l => l.Source).HasMaxLength(40);
        builder.HasIndex(l => new { l.Level, l.OldCode, l.NewCode }).IsUnique();
        builder.HasIndex(l => new { l.Level, l.NewCode });
    }
}
