using KpiDashboard.Web.Charts;

namespace KpiDashboard.Web.Pages;

public sealed record OverviewModel(
    PeriodPicker Picker, DataRange Range, TileSet Tiles, IReadOnlyList<ProvinceRow> Provinces, SortOrder Sort, ChartView Ranking, ChartView Trend);
