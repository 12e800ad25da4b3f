using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Adds figures of disjoint groups the way <see cref="Metrics.Queries.FigureQuery"/> sums facts: a measure is
/// unknown only when no part knows it, and complete only when every part is complete; otherwise it is the
/// sum of the known parts, marked incomplete. So a subtotal equals what the database would sum for it.
/// </summary>
public static class FigureSums
{
    public static Figures Sum(IEnumerable<Figures> parts)
    {
        var list = parts.ToList();
        if (list.Count == 0) return Figures.Empty;
        return new Figures
        {
            Rows = list.Sum(f => f.Rows),
            HasDemo = list.Any(f => f.HasDemo),
            ReceivedOnline = Add(list, f => f.ReceivedOnline),
            ReceivedOffline = Add(list, f => f.ReceivedOffline),
            CarriedOver = Add(list, f => f.CarriedOver),
            ResolvedEarly = Add(list, f => f.ResolvedEarly),
            ResolvedOnTime = Add(list, f => f.ResolvedOnTime),
            ResolvedLate = Add(list, f => f.ResolvedLate),
            PendingWithin = Add(list, f => f.PendingWithin),
            PendingOverdue = Add(list, f => f.PendingOverdue),
            Received = Add(list, f => f.Received),
            Handled = Add(list, f => f.Handled),
            Resolved = Add(list, f => f.Resolved),
            Pending = Add(list, f => f.Pending),
        };
    }

    private static Quantity Add(List<Figures> parts, Func<Figures, Quantity> measure)
    {
        long sum = 0;
        var known = false;
        var complete = true;
        foreach (var part in parts)
        {
            var q = measure(part);
            if (q.Value is { } v)
            {
                sum += v;
                known = true;
            }
            complete &= q.Complete;
        }
        return known ? new Quantity(sum, complete) : Quantity.Unknown;
    }
}
