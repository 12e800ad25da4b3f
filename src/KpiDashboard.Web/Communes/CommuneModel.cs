using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Communes;

public sealed record CommuneModel(CommuneView Commune, ProvinceView Province, PeriodPicker Picker, TileSet Tiles, ChartView Trend, IReadOnlyList<FieldRow> Fields, ChartView FieldChart);
