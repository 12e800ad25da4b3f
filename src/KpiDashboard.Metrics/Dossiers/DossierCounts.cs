using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>The eight base columns of Biểu 06 counted from dossiers: every one is known, so the totals follow.</summary>
public record struct DossierCounts
{
    public int ReceivedOnline;
    public int ReceivedOffline;
    public int CarriedOver;
    public int ResolvedEarly;
    public int ResolvedOnTime;
    public int ResolvedLate;
    public int PendingWithin;
    public int PendingOverdue;

    public readonly Measures ToMeasures() => new Measures
    {
        ReceivedOnline = ReceivedOnline, ReceivedOffline = ReceivedOffline, CarriedOver = CarriedOver,
        ResolvedEarly = ResolvedEarly, ResolvedOnTime = ResolvedOnTime, ResolvedLate = ResolvedLate,
        PendingWithin = PendingWithin, PendingOverdue = PendingOverdue,
    }.WithDerivedTotals();
}
