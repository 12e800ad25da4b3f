using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Email).HasMaxLength(320);
        builder.Property(s => s.DisplayName).HasMaxLength(200);
        builder.Property(s => s.Scope).HasMaxLength(40);
        builder.Property(s => s.Language).HasMaxLength(2);
        builder.Property(s => s.CreatedUtc).HasConversion(UtcTicks.Required);
        // Addresses are stored lower-case, so one person cannot subscribe twice to the same scope.
        builder.HasIndex(s => new { s.Email, s.Scope }).IsUnique();
    }
}
