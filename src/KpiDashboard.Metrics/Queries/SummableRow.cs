using System.Linq.Expressions;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Metrics.Queries;

/// <summary>
/// A fact or a summary row in the one shape <see cref="FigureQuery"/> sums: its keys, how many facts it stands for, and
/// per measure the sum of the known values and how many facts knew it. A fact stands for itself; a summary row for
/// the facts of its grain (see <see cref="FactSummary"/>), with no commune unless it is a commune's.
/// </summary>
public sealed record SummableRow : IFactKeys
{
    public int Period { get; init; }
    public required string ProvinceCode { get; init; }
    public string? CommuneCode { get; init; }
    public required string FieldCode { get; init; }
    /// <summary>True for communes' figures, false for the provincial agencies'.</summary>
    public bool CommuneLevel { get; init; }
    public int Rows { get; init; }
    public int DemoRows { get; init; }
    public long? ReceivedOnline { get; init; }
    public int ReceivedOnlineKnown { get; init; }
    public long? ReceivedOffline { get; init; }
    public int ReceivedOfflineKnown { get; init; }
    public long? CarriedOver { get; init; }
    public int CarriedOverKnown { get; init; }
    public long? ResolvedEarly { get; init; }
    public int ResolvedEarlyKnown { get; init; }
    public long? ResolvedOnTime { get; init; }
    public int ResolvedOnTimeKnown { get; init; }
    public long? ResolvedLate { get; init; }
    public int ResolvedLateKnown { get; init; }
    public long? PendingWithin { get; init; }
    public int PendingWithinKnown { get; init; }
    public long? PendingOverdue { get; init; }
    public int PendingOverdueKnown { get; init; }
    public long? Received { get; init; }
    public int ReceivedKnown { get; init; }
    public long? Handled { get; init; }
    public int HandledKnown { get; init; }
    public long? Resolved { get; init; }
    public int ResolvedKnown { get; init; }
    public long? Pending { get; init; }
    public int PendingKnown { get; init; }

    internal static readonly Expression<Func<Fact, SummableRow>> FromFact = f => new SummableRow
    {
        Period = f.Period,
        ProvinceCode = f.ProvinceCode,
        CommuneCode = f.CommuneCode,
        FieldCode = f.FieldCode,
        CommuneLevel = f.CommuneCode != null,
        Rows = 1,
        DemoRows = f.IsDemo ? 1 : 0,
        ReceivedOnline = f.Values.ReceivedOnline,
        ReceivedOnlineKnown = f.Values.ReceivedOnline != null ? 1 : 0,
        ReceivedOffline = f.Values.ReceivedOffline,
        ReceivedOfflineKnown = f.Values.ReceivedOffline != null ? 1 : 0,
        CarriedOver = f.Values.CarriedOver,
        CarriedOverKnown = f.Values.CarriedOver != null ? 1 : 0,
        ResolvedEarly = f.Values.ResolvedEarly,
        ResolvedEarlyKnown = f.Values.ResolvedEarly != null ? 1 : 0,
        ResolvedOnTime = f.Values.ResolvedOnTime,
        ResolvedOnTimeKnown = f.Values.ResolvedOnTime != null ? 1 : 0,
        ResolvedLate = f.Values.ResolvedLate,
        ResolvedLateKnown = f.Values.ResolvedLate != null ? 1 : 0,
        PendingWithin = f.Values.PendingWithin,
        PendingWithinKnown = f.Values.PendingWithin != null ? 1 : 0,
        PendingOverdue = f.Values.PendingOverdue,
        PendingOverdueKnown = f.Values.PendingOverdue != null ? 1 : 0,
        Received = f.Values.Received,
        ReceivedKnown = f.Values.Received != null ? 1 : 0,
        Handled = f.Values.Handled,
        HandledKnown = f.Values.Handled != null ? 1 : 0,
        Resolved = f.Values.Resolved,
        ResolvedKnown = f.Values.Resolved != null ? 1 : 0,
        Pending = f.Values.Pending,
        PendingKnown = f.Values.Pending != null ? 1 : 0,
    };

    internal static readonly Expression<Func<FactSummary, SummableRow>> FromSummary = s => new SummableRow
    {
        Period = s.Period,
        ProvinceCode = s.ProvinceCode,
        CommuneCode = s.CommuneCode == FactSummary.All ? null : s.CommuneCode,
        FieldCode = s.FieldCode,
        CommuneLevel = s.CommuneLevel,
        Rows = s.Rows,
        DemoRows = s.DemoRows,
        ReceivedOnline = s.ReceivedOnline,
        ReceivedOnlineKnown = s.ReceivedOnlineKnown,
        ReceivedOffline = s.ReceivedOffline,
        ReceivedOfflineKnown = s.ReceivedOfflineKnown,
        CarriedOver = s.CarriedOver,
        CarriedOverKnown = s.CarriedOverKnown,
        ResolvedEarly = s.ResolvedEarly,
        ResolvedEarlyKnown = s.ResolvedEarlyKnown,
        ResolvedOnTime = s.ResolvedOnTime,
        ResolvedOnTimeKnown = s.ResolvedOnTimeKnown,
        ResolvedLate = s.ResolvedLate,
        ResolvedLateKnown = s.ResolvedLateKnown,
        PendingWithin = s.PendingWithin,
        PendingWithinKnown = s.PendingWithinKnown,
        PendingOverdue = s.PendingOverdue,
        PendingOverdueKnown = s.PendingOverdueKnown,
        Received = s.Received,
        ReceivedKnown = s.ReceivedKnown,
        Handled = s.Handled,
        HandledKnown = s.HandledKnown,
        Resolved = s.Resolved,
        ResolvedKnown = s.ResolvedKnown,
        Pending = s.Pending,
        PendingKnown = s.PendingKnown,
    };
}
