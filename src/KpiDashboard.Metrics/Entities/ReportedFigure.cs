namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// A figure a text states, kept apart from the structured facts: prose is checked against the facts (reconciliation),
/// never silently mixed into them.
/// </summary>
public sealed class ReportedFigure
{
    public const int UnitTextLength = 400;
    public const int PeriodTextLength = 100;
    public const int SentenceLength = 4000;

    public long Id { get; init; }
    public int SourceId { get; init; }
    public required string UnitText { get; init; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    /// <summary>The level of government the text gave the figure for ("province": the provincial agencies, "commune": the
    /// communes together, others such as "district"); null for the unit as a whole.</summary>
    public string? Level { get; init; }
    public required string PeriodText { get; init; }
    /// <summary>yyyyMM when the text names a month.</summary>
    public int? Period { get; set; }
    public string? FieldCode { get; set; }
    /// <summary>A canonical measure name, early_or_on_time, or on_time_rate_percent.</summary>
    public required string Measure { get; init; }
    public decimal Value { get; set; }
    public bool Approximate { get; init; }
    public required string Sentence { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    /// <summary>An analyst judged the reading wrong; kept for the record, left out of reconciliation.</summary>
    public bool Discarded { get; set; }
}
