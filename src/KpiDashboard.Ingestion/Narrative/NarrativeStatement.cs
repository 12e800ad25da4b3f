using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// The dossier figures one passage states for one unit and period. Figure names are the canonical measure names plus
/// early_or_on_time ("trước và đúng hạn" as one number) and on_time_rate_percent; what the text does not say is absent.
/// </summary>
/// <param name="Level">The level of government the figures are for when the text splits a unit by level
/// ("province", "district", "commune", or several joined by commas, in that order); null for the unit as a whole.</param>
public sealed record NarrativeStatement(
    string UnitText, Province? Province, Commune? Commune,
    string PeriodText, DateOnly? PeriodStart, DateOnly? PeriodEnd,
    IReadOnlyDictionary<string, NarrativeFigure> Figures, IReadOnlyList<NarrativeFieldFigures> Fields, string? Level = null)
{
    /// <summary>The month, when the period is exactly one calendar month; null for a quarter, a year, a date range or no period.</summary>
    public Month? Month => PeriodStart is { Day: 1 } start && PeriodEnd == Metrics.Periods.Month.Of(start).LastDay ? Metrics.Periods.Month.Of(start) : null;

    /// <summary>The unit as written, followed by its level when the figures are for one level of it ("tỉnh Tây Ninh (cấp xã)").</summary>
    public string UnitLabel => Level is null ? UnitText
        : $"{UnitText} ({string.Join(", ", Level.Split(',').Select(l => l switch { "province" => "cấp tỉnh", "district" => "cấp huyện", _ => "cấp xã" }))})".Trim();
}
