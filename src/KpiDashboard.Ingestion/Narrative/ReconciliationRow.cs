using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Ingestion.Narrative;

/// <param name="Status">match, mismatch, no_data (no structured figure), incomplete (the structured total is only a lower bound), not_comparable (no unit or month).</param>
/// <param name="Difference">Reported minus structured, when both are known.</param>
public sealed record ReconciliationRow(ReportedFigure Reported, string Status, decimal? Structured, decimal? Difference);
