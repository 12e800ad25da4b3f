using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>Figures the text gives for one field ("tần số vô tuyến điện (43 hồ sơ)").</summary>
public sealed record NarrativeFieldFigures(string FieldText, Field? Field, IReadOnlyDictionary<string, NarrativeFigure> Figures);
