using KpiDashboard.Metrics;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Ranking;

/// <param name="OldUnits">Ranks the old provinces on their own figures instead of today's on comparable ones.</param>
/// <param name="CanChooseUnits">The period is before July 2025 and the old units are imported: the user may choose.</param>
public sealed record RankingModel(PeriodPicker Picker, IReadOnlyList<RankingRow> Rows, SortOrder Sort, DashboardOptions Targets,
    bool OldUnits = false, bool CanChooseUnits = false);
