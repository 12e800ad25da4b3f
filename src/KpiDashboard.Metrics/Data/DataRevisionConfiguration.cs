using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class DataRevisionConfiguration : IEntityTypeConfiguration<DataRevision>
{
    public void Configure(EntityTypeBuilder<DataRevision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(32);
        builder.Property(r => r.WhenUtc).HasConversion(UtcTicks.Required);
    }
}
