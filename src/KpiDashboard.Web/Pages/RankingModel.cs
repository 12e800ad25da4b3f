using KpiDashboard.Metrics;
namespace KpiDashboard.Web.Pages;

public sealed record RankingModel(PeriodPicker Picker, IReadOnlyList<RankingRow> Rows, SortOrder Sort, DashboardOptions Targets);
