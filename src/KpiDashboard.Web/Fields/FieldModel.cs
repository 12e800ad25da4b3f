using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Fields;

public sealed record FieldModel(FieldView Field, PeriodPicker Picker, TileSet Tiles, IReadOnlyList<ProvinceRow> Provinces, SortOrder Sort, ChartView Ranking, ChartView Trend);
