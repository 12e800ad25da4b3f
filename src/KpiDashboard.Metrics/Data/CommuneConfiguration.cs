using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> builder)
    {
        builder.HasKey(c => new { c.Code, c.ValidFrom });
        builder.Property(c => c.Code).HasMaxLength(5);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.DistrictCode).HasMaxLength(3);
        // A commune lies in a province of its own time (old in old, new in new), which the imports check: a composite
        // foreign key cannot be added to the existing table on SQLite before the provinces' new key exists.
        builder.HasIndex(c => new { c.ProvinceCode, c.ValidFrom });
        builder.HasQueryFilter(CurrentUnits.Communes);
    }
}
