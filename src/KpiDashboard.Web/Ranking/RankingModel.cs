using KpiDashboard.Metrics;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Ranking;

public sealed record RankingModel(PeriodPicker Picker, IReadOnlyList<RankingRow> Rows, SortOrder Sort, DashboardOptions Targets);
