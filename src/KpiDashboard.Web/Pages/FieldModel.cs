using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Charts;

namespace KpiDashboard.Web.Pages;

public sealed record FieldModel(Field Field, PeriodPicker Picker, TileSet Tiles, IReadOnlyList<ProvinceRow> Provinces, SortOrder Sort, ChartView Ranking, ChartView Trend);
