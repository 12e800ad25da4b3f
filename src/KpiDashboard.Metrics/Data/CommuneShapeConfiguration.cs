using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class CommuneShapeConfiguration : IEntityTypeConfiguration<CommuneShape>
{
    public void Configure(EntityTypeBuilder<CommuneShape> builder)
    {
        builder.HasKey(s => s.CommuneCode);
        builder.Property(s => s.CommuneCode).HasMaxLength(5);
        builder.Property(s => s.ProvinceCode).HasMaxLength(2);
        // Shapes are of today's communes, which BoundaryImport checks; a key to (code, validity) would add a column for one value.
        builder.HasIndex(s => s.ProvinceCode);
    }
}
