using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.UnitTests.Ingest;

public sealed class DerivedTotalsTests
{
    [Fact]
    public void Totals_come_from_known_parts()
    {
        var m = new Measures { ReceivedOnline = 1, ReceivedOffline = 2, CarriedOver = 3, ResolvedEarly = 1, ResolvedOnTime = 1, ResolvedLate = 1, PendingWithin = 2, PendingOverdue = 1 }
            .WithDerivedTotals();
        Assert.Equal((3, 6, 3, 3), (m.Received, m.Handled, m.Resolved, m.Pending));
    }

    [Fact]
    public void A_reported_total_stays_when_parts_are_unknown()
    {
        var m = new Measures { Received = 91, Resolved = 73, ResolvedEarly = 55 }.WithDerivedTotals();
        Assert.Equal(91, m.Received);
        Assert.Equal(73, m.Resolved);
        Assert.Null(m.Handled);
        Assert.Null(m.Pending);
    }
}
