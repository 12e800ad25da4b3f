using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class ReportedFigureConfiguration : IEntityTypeConfiguration<ReportedFigure>
{
    public void Configure(EntityTypeBuilder<ReportedFigure> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.UnitText).HasMaxLength(ReportedFigure.UnitTextLength);
        builder.Property(f => f.PeriodText).HasMaxLength(ReportedFigure.PeriodTextLength);
        builder.Property(f => f.ProvinceCode).HasMaxLength(2);
        builder.Property(f => f.CommuneCode).HasMaxLength(5);
        builder.Property(f => f.Level).HasMaxLength(40);
        builder.Property(f => f.FieldCode).HasMaxLength(50);
        builder.Property(f => f.Measure).HasMaxLength(40);
        builder.Property(f => f.Sentence).HasMaxLength(ReportedFigure.SentenceLength);
        builder.HasIndex(f => new { f.Period, f.ProvinceCode });
    }
}
