using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// The eleven figures of columns 3–13 of one row of the form. A total the facts do not give in full is shown as
/// the largest lower bound its known parts prove, marked incomplete: "received 91" with nothing carried over
/// known puts 91* under (3), rather than an empty cell that would hide the 91 (the form has no column for (4)+(5)).
/// </summary>
public static class Form06Columns
{
    public const int Count = 11;

    public static IReadOnlyList<Quantity> Of(Figures f)
    {
        var resolved = Total(f.Resolved, Parts(f.ResolvedEarly, f.ResolvedOnTime, f.ResolvedLate));
        var pending = Total(f.Pending, Parts(f.PendingWithin, f.PendingOverdue));
        var received = Total(f.Received, Parts(f.ReceivedOnline, f.ReceivedOffline));
        // (3) = (4)+(5)+(6) = (7)+(11): each sum of known parts is a lower bound of (3).
        var handled = Total(f.Handled, Parts(received, f.CarriedOver), Parts(resolved, pending));
        return
        [
            handled, f.ReceivedOnline, f.ReceivedOffline, f.CarriedOver,
            resolved, f.ResolvedEarly, f.ResolvedOnTime, f.ResolvedLate,
            pending, f.PendingWithin, f.PendingOverdue,
        ];
    }

    /// <summary>Column-wise sum of rows: unknown where no row knows it, complete where every row is complete.</summary>
    public static IReadOnlyList<Quantity> Sum(IEnumerable<IReadOnlyList<Quantity>> rows)
    {
        var list = rows.ToList();
        return [.. Enumerable.Range(0, Count).Select(i => Quantity.SumOfKnown(list.Select(row => row[i])))];
    }

    /// <summary>The reported total when complete, else the best of it and the lower bounds.</summary>
    private static Quantity Total(Quantity reported, params Quantity[] lowerBounds)
    {
        var best = reported;
        foreach (var bound in lowerBounds) best = Best(best, bound);
        return best;
    }

    /// <summary>A complete figure wins; otherwise the larger lower bound.</summary>
    private static Quantity Best(Quantity a, Quantity b) =>
        a.Complete ? a : b.Complete ? b : (a.Value ?? -1) >= (b.Value ?? -1) ? a : b;

    /// <summary>The sum of the known parts, complete only when every part is.</summary>
    private static Quantity Parts(params Quantity[] parts) => Quantity.SumOfKnown(parts);
}
