using KpiDashboard.Metrics.Entities;

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
    IReadOnlyDictionary<string, NarrativeFigure> Figures, IReadOnlyList<NarrativeFieldFigures> Fields, string? Level = null);
