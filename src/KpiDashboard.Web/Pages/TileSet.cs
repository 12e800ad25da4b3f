using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Web.Pages;

/// <summary>The KPI tiles of a scope: this period's figures beside the previous period's and the same period a year before.</summary>
public sealed record TileSet(Figures Current, Figures Previous, Period PreviousPeriod, Figures LastYear, Period LastYearPeriod);
