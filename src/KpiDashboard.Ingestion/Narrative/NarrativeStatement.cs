using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// The dossier figures one passage states for one unit and period. Figure names are the canonical measure names plus
/// early_or_on_time ("trước và đúng hạn" as one number) and on_time_rate_percent; what the text does not say is absent.
/// </summary>
public sealed record NarrativeStatement(
    string UnitText, Province? Province, Commune? Commune,
    string PeriodText, DateOnly? PeriodStart, DateOnly? PeriodEnd,
    IReadOnlyDictionary<string, NarrativeFigure> Figures, IReadOnlyList<NarrativeFieldFigures> Fields);
