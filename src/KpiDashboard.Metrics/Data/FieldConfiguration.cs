using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class FieldConfiguration : IEntityTypeConfiguration<Field>
{
    public void Configure(EntityTypeBuilder<Field> builder)
    {
        builder.HasKey(f => f.Code);
        builder.Property(f => f.Code).HasMaxLength(20);
        builder.Property(f => f.NameVi).HasMaxLength(200);
        builder.Property(f => f.NameEn).HasMaxLength(200);
        builder.HasData(BuiltInFields.All);
    }
}
