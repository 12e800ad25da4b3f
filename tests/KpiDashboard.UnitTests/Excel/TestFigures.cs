using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.UnitTests.Excel;

internal static class TestFigures
{
    /// <summary>Figures of one fact with every measure known, totals derived as the form's identities say.</summary>
    public static Figures Full(long online, long offline, long carried, long early, long onTime, long late, long within, long overdue) => new()
    {
        Rows = 1,
        ReceivedOnline = Quantity.Known(online),
        ReceivedOffline = Quantity.Known(offline),
        CarriedOver = Quantity.Known(carried),
        ResolvedEarly = Quantity.Known(early),
        ResolvedOnTime = Quantity.Known(onTime),
        ResolvedLate = Quantity.Known(late),
        PendingWithin = Quantity.Known(within),
        PendingOverdue = Quantity.Known(overdue),
        Received = Quantity.Known(online + offline),
        Handled = Quantity.Known(online + offline + carried),
        Resolved = Quantity.Known(early + onTime + late),
        Pending = Quantity.Known(within + overdue),
    };

    /// <summary>Only totals known, as the seed article reports: "received 91, resolved 73, of which 55 early".</summary>
    public static Figures Partial(long? received, long? resolved, long? early) => new()
    {
        Rows = 1,
        Received = Q(received),
        Handled = Quantity.Unknown,
        Resolved = Q(resolved),
        ResolvedEarly = Q(early),
    };

    private static Quantity Q(long? v) => v is { } x ? Quantity.Known(x) : Quantity.Unknown;
}
