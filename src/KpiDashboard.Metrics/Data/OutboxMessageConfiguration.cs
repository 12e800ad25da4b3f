using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Period).HasMaxLength(10);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.ReminderKey).HasMaxLength(450);
        builder.Property(m => m.Recipient).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.Body).HasMaxLength(200_000);
        builder.Property(m => m.CreatedUtc).HasConversion(UtcTicks.Required);
        builder.Property(m => m.NextAttemptUtc).HasConversion(UtcTicks.Required);
        builder.Property(m => m.LeaseExpiresUtc).HasConversion(UtcTicks.Optional);
        builder.Property(m => m.SentUtc).HasConversion(UtcTicks.Optional);
        builder.HasOne(m => m.Subscription).WithMany().HasForeignKey(m => m.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
        // The exactly-once guarantee: a second enqueue of the same (subscription, period) is a no-op.
        // Reminders have no subscription (distinct nulls there) and are kept to once by their own key.
        builder.HasIndex(m => new { m.SubscriptionId, m.Period }).IsUnique();
        builder.HasIndex(m => m.ReminderKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
    }
}
