using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasKey(s => s.Id);
        // Names, not numbers: the batch writer's SQL and anyone reading the table see 'Approved'.
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.UnitCode).HasMaxLength(5);
        builder.Property(s => s.ProvinceCode).HasMaxLength(2);
        builder.Property(s => s.SubmittedBy).HasMaxLength(256);
        builder.Property(s => s.ApprovedBy).HasMaxLength(256);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.ReturnReason).HasMaxLength(2000);
        builder.Property(s => s.SubmittedUtc).HasConversion(UtcTicks.Optional);
        builder.Property(s => s.ApprovedUtc).HasConversion(UtcTicks.Optional);
        builder.Property(s => s.UpdatedUtc).HasConversion(UtcTicks.Required);
        builder.HasIndex(s => new { s.Period, s.Level, s.UnitCode }).IsUnique();
        builder.HasIndex(s => new { s.ProvinceCode, s.Period });
        // The web app's data version reads the latest change and the approved count once a second: seeks, not table scans.
        builder.HasIndex(s => s.UpdatedUtc);
        builder.HasIndex(s => s.ApprovedUtc);
    }
}
