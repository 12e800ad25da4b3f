using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Source).HasMaxLength(ScheduleFile.MaxSourceChars);
        builder.Property(d => d.ImportedUtc).HasConversion(UtcTicks.Required);
    }
}
