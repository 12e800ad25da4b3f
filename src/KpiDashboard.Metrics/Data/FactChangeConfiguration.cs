using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class FactChangeConfiguration : IEntityTypeConfiguration<FactChange>
{
    public void Configure(EntityTypeBuilder<FactChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<int>();
        builder.ComplexProperty(c => c.PreviousValues, m => MeasureColumns.Map(m, "Previous"));
        builder.HasOne<Batch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.BatchId);
        builder.HasIndex(c => c.FactId);
    }
}
