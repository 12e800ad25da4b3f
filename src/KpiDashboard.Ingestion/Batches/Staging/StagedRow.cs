using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>The columns of one staging row, in <see cref="StagingSql.Columns"/> order, without boxing them.</summary>
internal static class StagedRow
{
    public static int PreviousPeriod(FigureRow row) => Month.FromKey(row.Key.Period).Previous.Key;

    public static string CommuneKey(FigureRow row) => row.Key.CommuneCode ?? "";

    /// <summary>The twelve measures, in <see cref="StagingSql.Measures"/> order.</summary>
    public static void Measures(FigureRow row, Span<int?> into)
    {
        var v = row.Values;
        into[0] = v.ReceivedOnline;
        into[1] = v.ReceivedOffline;
        into[2] = v.CarriedOver;
        into[3] = v.ResolvedEarly;
        into[4] = v.ResolvedOnTime;
        into[5] = v.ResolvedLate;
        into[6] = v.PendingWithin;
        into[7] = v.PendingOverdue;
        into[8] = v.Received;
        into[9] = v.Handled;
        into[10] = v.Resolved;
        into[11] = v.Pending;
    }
}
