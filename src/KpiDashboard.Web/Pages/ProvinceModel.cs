using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Web.Charts;

namespace KpiDashboard.Web.Pages;

public sealed record ProvinceModel(
    Province Province,
    PeriodPicker Picker,
    TileSet Tiles,
    ChartView Trend,
    IReadOnlyList<FieldRow> Fields,
    ChartView FieldChart,
    Figures ProvincialAgencies,
    CommuneTable Communes,
    Completeness Completeness);
