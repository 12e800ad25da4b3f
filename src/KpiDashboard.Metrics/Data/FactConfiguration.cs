using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class FactConfiguration : IEntityTypeConfiguration<Fact>
{
    public void Configure(EntityTypeBuilder<Fact> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ProvinceCode).HasMaxLength(2);
        builder.Property(f => f.CommuneCode).HasMaxLength(5);
        builder.Property(f => f.FieldCode).HasMaxLength(20);
        builder.ComplexProperty(f => f.Values, m => MeasureColumns.Map(m));
        // No foreign key to the province or commune: a unit is its code and validity, and a fact gives the code and
        // its month (Period) only. Ingest resolves each row against the units of its month; `kpi check` verifies.
        builder.HasOne<Field>().WithMany().HasForeignKey(f => f.FieldCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Batch>().WithMany().HasForeignKey(f => f.BatchId).OnDelete(DeleteBehavior.Restrict);
        // The natural key (Period, ProvinceCode, CommuneCode, FieldCode) is a unique expression index in the
        // migration, because a plain unique index treats every missing commune as distinct.
        builder.HasIndex(f => new { f.ProvinceCode, f.Period });
        builder.HasIndex(f => new { f.FieldCode, f.Period });
        builder.HasIndex(f => new { f.CommuneCode, f.Period });
        builder.HasIndex(f => f.BatchId);
    }
}
