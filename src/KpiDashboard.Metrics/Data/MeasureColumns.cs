using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

/// <summary>Maps the twelve measures to plain columns named after them, with an optional prefix.</summary>
internal static class MeasureColumns
{
    public static void Map(ComplexPropertyBuilder<Measures> m, string prefix = "")
    {
        m.Property(x => x.ReceivedOnline).HasColumnName(prefix + nameof(Measures.ReceivedOnline));
        m.Property(x => x.ReceivedOffline).HasColumnName(prefix + nameof(Measures.ReceivedOffline));
        m.Property(x => x.CarriedOver).HasColumnName(prefix + nameof(Measures.CarriedOver));
        m.Property(x => x.ResolvedEarly).HasColumnName(prefix + nameof(Measures.ResolvedEarly));
        m.Property(x => x.ResolvedOnTime).HasColumnName(prefix + nameof(Measures.ResolvedOnTime));
        m.Property(x => x.ResolvedLate).HasColumnName(prefix + nameof(Measures.ResolvedLate));
        m.Property(x => x.PendingWithin).HasColumnName(prefix + nameof(Measures.PendingWithin));
        m.Property(x => x.PendingOverdue).HasColumnName(prefix + nameof(Measures.PendingOverdue));
        m.Property(x => x.Received).HasColumnName(prefix + nameof(Measures.Received));
        m.Property(x => x.Handled).HasColumnName(prefix + nameof(Measures.Handled));
        m.Property(x => x.Resolved).HasColumnName(prefix + nameof(Measures.Resolved));
        m.Property(x => x.Pending).HasColumnName(prefix + nameof(Measures.Pending));
    }
}
