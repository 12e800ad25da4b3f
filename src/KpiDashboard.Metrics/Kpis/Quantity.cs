namespace KpiDashboard.Metrics.Kpis;

/// <summary>
/// A count that may be unknown (Value null) or only partly known (Complete false: the sum of the known parts,
/// a lower bound). Unknown is never zero.
/// </summary>
public readonly record struct Quantity(long? Value, bool Complete)
{
    public static Quantity Unknown => new(null, false);

    public static Quantity Known(long value) => new(value, true);

    public bool IsKnown => Value.HasValue;

    /// <summary>The sum of two parts: unknown when either is unknown.</summary>
    public static Quantity operator +(Quantity a, Quantity b) =>
        a.Value.HasValue && b.Value.HasValue ? new Quantity(a.Value + b.Value, a.Complete && b.Complete) : Unknown;

    public static Quantity FromSum(long? sum, int knownRows, int rows) =>
        knownRows == 0 ? Unknown : new Quantity(sum ?? 0, knownRows == rows);

    /// <summary>
    /// The sum of the known parts: unknown only when no part is known, complete only when every part is complete
    /// (then it is what the database sums for the facts of all the parts).
    /// </summary>
    public static Quantity SumOfKnown(IEnumerable<Quantity> parts)
    {
        long sum = 0;
        var known = false;
        var complete = true;
        foreach (var part in parts)
        {
            if (part.Value is { } v)
            {
                sum += v;
                known = true;
            }
            complete &= part.Complete;
        }
        return known ? new Quantity(sum, complete) : Unknown;
    }
}
