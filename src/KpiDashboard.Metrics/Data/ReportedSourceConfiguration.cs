using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class ReportedSourceConfiguration : IEntityTypeConfiguration<ReportedSource>
{
    public void Configure(EntityTypeBuilder<ReportedSource> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(400);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.CreatedUtc).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.HasMany(s => s.Figures).WithOne().HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
