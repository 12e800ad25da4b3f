using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>The columns of one staging row, in <see cref="StagingSql.Columns"/> order.</summary>
internal static class StagedRow
{
    public static object?[] Values(FigureRow row)
    {
        var v = row.Values;
        return
        [
            row.Row, row.Key.Period, Month.FromKey(row.Key.Period).Previous.Key, row.Key.ProvinceCode, row.Key.CommuneCode ?? "", row.Key.FieldCode,
            v.ReceivedOnline, v.ReceivedOffline, v.CarriedOver, v.ResolvedEarly, v.ResolvedOnTime, v.ResolvedLate,
            v.PendingWithin, v.PendingOverdue, v.Received, v.Handled, v.Resolved, v.Pending,
        ];
    }
}
