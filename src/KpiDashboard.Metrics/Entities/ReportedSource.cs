namespace KpiDashboard.Metrics.Entities;

/// <summary>A text figures were read from (a report, a news article), kept so every reported figure can show where it came from.</summary>
public sealed class ReportedSource
{
    public int Id { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public required string Name { get; init; }
    public string? Url { get; init; }
    /// <summary>The date the text was published or read: a month written without a year is the latest one not after it.</summary>
    public DateOnly ReferenceDate { get; init; }
    /// <summary>The plain text the figures' character offsets point into.</summary>
    public required string Text { get; init; }
    public List<ReportedFigure> Figures { get; init; } = [];
}
