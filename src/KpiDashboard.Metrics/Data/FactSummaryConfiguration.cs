using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class FactSummaryConfiguration : IEntityTypeConfiguration<FactSummary>
{
    public void Configure(EntityTypeBuilder<FactSummary> builder)
    {
        // Derived data with no foreign keys: it is rewritten from the facts, never edited on its own.
        builder.HasKey(s => new { s.Period, s.ProvinceCode, s.FieldCode, s.CommuneLevel, s.CommuneCode });
        builder.Property(s => s.ProvinceCode).HasMaxLength(2);
        builder.Property(s => s.FieldCode).HasMaxLength(20);
        builder.Property(s => s.CommuneCode).HasMaxLength(5);
        builder.ComplexProperty(s => s.Sums, MeasureColumns.Map);
        // Nation and province trends: one province (or All) and one field (or All) over a run of months.
        builder.HasIndex(s => new { s.ProvinceCode, s.FieldCode, s.Period });
    }
}
