using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(d => new { d.Code, d.ValidFrom });
        builder.Property(d => d.Code).HasMaxLength(3);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Kind).HasMaxLength(20);
        builder.Property(d => d.ProvinceCode).HasMaxLength(2);
        builder.HasIndex(d => new { d.ProvinceCode, d.ValidFrom });
    }
}
