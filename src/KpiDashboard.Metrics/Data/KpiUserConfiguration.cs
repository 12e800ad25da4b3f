using KpiDashboard.Metrics.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class KpiUserConfiguration : IEntityTypeConfiguration<KpiUser>
{
    public void Configure(EntityTypeBuilder<KpiUser> builder)
    {
        builder.Property(u => u.ProvinceCodes).HasMaxLength(200);
        builder.Property(u => u.CommuneCodes).HasMaxLength(200);
    }
}
