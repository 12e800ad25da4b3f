using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Overview;

public sealed record OverviewModel(
    PeriodPicker Picker, DataRange Range, TileSet Tiles, IReadOnlyList<ProvinceRow> Provinces, SortOrder Sort, ChartView Ranking, ChartView Trend);
