using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Source).HasMaxLength(500);
        builder.Property(d => d.ImportedUtc).HasConversion(UtcTicks.Required);
    }
}
