namespace KpiDashboard.Metrics.Kpis;

/// <summary>The KPI formulas of domain.md, in one place. Column numbers are those of the official form.</summary>
public static class KpiFormulas
{
    /// <summary>(7) / (3)</summary>
    public static Rate ResolutionRate(Figures f) => Rate.Of(f.Resolved, f.Handled);

    /// <summary>(8) / (7)</summary>
    public static Rate EarlyRate(Figures f) => Rate.Of(f.ResolvedEarly, f.Resolved);

    /// <summary>((8) + (9)) / (7), the form ratio.</summary>
    public static Rate OnTimeRate(Figures f) => Rate.Of(f.ResolvedEarly + f.ResolvedOnTime, f.Resolved);

    /// <summary>((8) + (9) + (12)) / ((7) + (11)), Decision 766/QĐ-TTg indicator 2.1.</summary>
    public static Rate OnTimeRateIndex(Figures f) =>
        Rate.Of(f.ResolvedEarly + f.ResolvedOnTime + f.PendingWithin, f.Resolved + f.Pending);

    /// <summary>(10) / (7)</summary>
    public static Rate LateRate(Figures f) => Rate.Of(f.ResolvedLate, f.Resolved);

    /// <summary>(4) / ((4) + (5))</summary>
    public static Rate OnlineShare(Figures f) => Rate.Of(f.ReceivedOnline, f.ReceivedOnline + f.ReceivedOffline);

    /// <summary>
    /// The national service index scoring rule: a rate R against a target T earns all P points when R ≥ T,
    /// and R × P / T otherwise. Null when the rate is unknown.
    /// </summary>
    public static double? IndexPoints(Rate rate, double target, double points) =>
        rate.Value is not { } r ? null : r >= target ? points : r * points / target;
}
