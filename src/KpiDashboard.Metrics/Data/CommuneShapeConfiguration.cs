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
        builder.HasOne<Commune>().WithOne().HasForeignKey<CommuneShape>(s => s.CommuneCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Province>().WithMany().HasForeignKey(s => s.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ProvinceCode);
    }
}
