namespace KpiDashboard.Metrics.Kpis;

/// <summary>The canonical names of domain.md (CSV headers, JSON keys): the rates, and the measures of <see cref="MeasureCatalogue"/>.</summary>
public static class MeasureNames
{
    public const string ResolutionRate = "resolution_rate";
    public const string EarlyRate = "early_rate";
    public const string OnTimeRate = "on_time_rate";
    public const string OnTimeRateIndex = "on_time_rate_index";
    public const string LateRate = "late_rate";
    public const string OnlineShare = "online_share";

    /// <summary>The twelve measures' names, in catalogue order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. MeasureCatalogue.All.Select(m => m.Name)];

    public static IReadOnlyList<string> Rates { get; } =
        [ResolutionRate, EarlyRate, OnTimeRate, OnTimeRateIndex, LateRate, OnlineShare];

    public static Quantity Get(Figures f, string name) =>
        (MeasureCatalogue.Find(name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "unknown measure")).Of(f);

    public static Rate GetRate(Figures f, string name) => name switch
    {
        ResolutionRate => f.ResolutionRate,
        EarlyRate => f.EarlyRate,
        OnTimeRate => f.OnTimeRate,
        OnTimeRateIndex => f.OnTimeRateIndex,
        LateRate => f.LateRate,
        OnlineShare => f.OnlineShare,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown rate"),
    };
}
