using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Web.Models;

public sealed record OverviewModel(Period? Period, Figures? Total, IReadOnlyList<ProvinceRow> Provinces);
