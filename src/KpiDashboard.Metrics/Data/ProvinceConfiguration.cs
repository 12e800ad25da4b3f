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
        // Every page, list and lookup is about today's units; the old ones are read on purpose, with
        // IgnoreQueryFilters (see History/UnitHistory), so that no existing query sees two provinces 25.
        builder.HasQueryFilter(p => p.ValidTo == null);
        builder.HasData(BuiltInProvinces.All);
    }
}
