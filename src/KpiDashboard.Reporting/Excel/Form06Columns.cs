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
        var sums = new long?[Count];
        var complete = Enumerable.Repeat(true, Count).ToArray();
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            for (var i = 0; i < Count; i++)
            {
                if (row[i].Value is { } v) sums[i] = (sums[i] ?? 0) + v;
                complete[i] &= row[i].Complete;
            }
        }
        return Enumerable.Range(0, Count)
            .Select(i => any && sums[i] is { } s ? new Quantity(s, complete[i]) : Quantity.Unknown)
            .ToList();
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
    private static Quantity Parts(params Quantity[] parts)
    {
        long sum = 0;
        var known = false;
        var complete = true;
        foreach (var p in parts)
        {
            if (p.Value is { } v) { sum += v; known = true; }
            complete &= p.Complete;
        }
        return known ? new Quantity(sum, complete) : Quantity.Unknown;
    }
}
