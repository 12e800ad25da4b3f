using KpiDashboard.Metrics.Kpis;
namespace KpiDashboard.Reporting.Charts;

/// <summary>
/// What to draw, as plain data: value-equal, so a spec (with size and format) can be a cache key.
/// Titles and labels are passed already localized; <see cref="Language"/> drives number and month formatting.
/// </summary>
public abstract record ChartSpec(string Title)
{
    public Language Language { get; init; } = Language.Vi;

    /// <summary>A text alternative summarising the data, in <see cref="Language"/>, for alt attributes and screen readers.</summary>
    public abstract string AltText();
}
