using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Provinces;

/// <param name="Predecessors">The old provinces that formed it on 01/07/2025, when the history is imported.</param>
/// <param name="HasDossiers">Dossier lists are ingested for the province: the page links to its late and overdue dossiers.</param>
/// <param name="Old">Set on an old province's own page (Vĩnh Phúc, 2024-07): the figures are its own, in the old units.</param>
/// <param name="Reported">Figures that texts (reports, news) state for the province and month, beside the structured ones.</param>
public sealed record ProvinceModel(
    ProvinceView Province,
    PeriodPicker Picker,
    TileSet Tiles,
    ChartView Trend,
    IReadOnlyList<FieldRow> Fields,
    ChartView FieldChart,
    Figures ProvincialAgencies,
    CommuneTable Communes,
    Completeness Completeness,
    IReadOnlyList<Reported.ReconcileLine> Reported,
    IReadOnlyList<ProvinceView> Predecessors,
    bool HasDossiers = false,
    OldProvinceView? Old = null);
