using KpiDashboard.Metrics.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.Role).HasMaxLength(32);
        builder.Property(t => t.ProvinceCodes).HasMaxLength(200);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.Property(t => t.CreatedUtc).HasConversion(UtcTicks.Required);
        builder.Property(t => t.RevokedUtc).HasConversion(UtcTicks.Optional);
    }
}
