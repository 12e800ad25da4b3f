namespace KpiDashboard.Metrics.Kpis;

/// <summary>A ratio between 0 and 1; Value is null when a part is unknown or the denominator is zero.</summary>
public readonly record struct Rate(double? Value, bool Complete)
{
    public static Rate Of(Quantity numerator, Quantity denominator) =>
        numerator.Value is { } n && denominator.Value is { } d && d != 0
            ? new Rate((double)n / d, numerator.Complete && denominator.Complete)
            : new Rate(null, false);
}
