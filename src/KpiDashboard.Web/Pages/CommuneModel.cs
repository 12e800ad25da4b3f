using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Charts;

namespace KpiDashboard.Web.Pages;

public sealed record CommuneModel(Commune Commune, Province Province, PeriodPicker Picker, TileSet Tiles, ChartView Trend, IReadOnlyList<FieldRow> Fields, ChartView FieldChart);
