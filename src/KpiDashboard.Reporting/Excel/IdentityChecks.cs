using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Reporting.Excel;

/// <summary>The identities of the form (domain.md), checked only where every part is known.</summary>
public static class IdentityChecks
{
    public static IEnumerable<(string Identity, long Left, long Right)> Broken(Measures v)
    {
        if (Check(v.Handled, v.ReceivedOnline, v.ReceivedOffline, v.CarriedOver) is { } a) yield return ("(3) = (4) + (5) + (6)", a.Left, a.Right);
        if (Check(v.Received, v.ReceivedOnline, v.ReceivedOffline) is { } b) yield return ("received = (4) + (5)", b.Left, b.Right);
        if (Check(v.Resolved, v.ResolvedEarly, v.ResolvedOnTime, v.ResolvedLate) is { } c) yield return ("(7) = (8) + (9) + (10)", c.Left, c.Right);
        if (Check(v.Pending, v.PendingWithin, v.PendingOverdue) is { } d) yield return ("(11) = (12) + (13)", d.Left, d.Right);
        if (Check(v.Handled, v.Resolved, v.Pending) is { } e) yield return ("(3) = (7) + (11)", e.Left, e.Right);
    }

    /// <summary>The carried-over count (6) should equal the pending count (11) of the month before: a warning only.</summary>
    public const string CarriedOverIdentity = "(6) = (11) kỳ trước / previous period";

    private static (long Left, long Right)? Check(int? total, params int?[] parts)
    {
        if (total is not { } t || parts.Any(p => p is null)) return null;
        long sum = parts.Sum(p => (long)p!.Value);
        return sum == t ? null : (t, sum);
    }
}
