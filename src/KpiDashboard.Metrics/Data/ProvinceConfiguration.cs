using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => new { p.Code, p.ValidFrom });
        builder.Property(p => p.Code).HasMaxLength(2);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.NameEn).HasMaxLength(100);
        builder.Property(p => p.Kind).HasMaxLength(20);
        builder.HasQueryFilter(CurrentUnits.Provinces);
        builder.HasData(BuiltInProvinces.All);
    }
}
