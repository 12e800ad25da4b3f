namespace KpiDashboard.Metrics.Entities;

public partial record struct Measures
{
    /// <summary>
    /// Fills each total from its parts when they are all known, keeping a reported total otherwise.
    /// Handled (3) comes from (4)+(5)+(6), else from (7)+(11).
    /// </summary>
    public readonly Measures WithDerivedTotals()
    {
        var received = Sum(ReceivedOnline, ReceivedOffline) ?? Received;
        var resolved = Sum(ResolvedEarly, ResolvedOnTime, ResolvedLate) ?? Resolved;
        var pending = Sum(PendingWithin, PendingOverdue) ?? Pending;
        var handled = Sum(received, CarriedOver) ?? Sum(resolved, pending) ?? Handled;
        return this with { Received = received, Resolved = resolved, Pending = pending, Handled = handled };
    }

    /// <summary>The sum when every part is known, else null.</summary>
    public static int? Sum(params ReadOnlySpan<int?> parts)
    {
        var total = 0;
        foreach (var part in parts)
        {
            if (part is not { } value) return null;
            total += value;
        }
        return total;
    }
}
