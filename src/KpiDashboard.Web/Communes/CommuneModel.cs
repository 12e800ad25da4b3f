using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Communes;

public sealed record CommuneModel(CommuneView Commune, ProvinceView Province, PeriodPicker Picker, TileSet Tiles, ChartView Trend, IReadOnlyList<FieldRow> Fields, ChartView FieldChart,
    bool HasDossiers = false)
{
    /// <summary>Some figure shown is marked "≈": the page states the rule under its tables.</summary>
    public bool Approximate => Tiles.AnyApproximate || Trend.Spec is Reporting.Charts.TrendChartSpec { Approximate: true };
}
