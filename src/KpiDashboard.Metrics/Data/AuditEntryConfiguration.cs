using KpiDashboard.Metrics.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.Property(a => a.Address).HasMaxLength(64);
        builder.Property(a => a.WhenUtc).HasConversion(UtcTicks.Required);
        builder.HasIndex(a => a.WhenUtc);
        builder.HasIndex(a => a.Actor);
    }
}
