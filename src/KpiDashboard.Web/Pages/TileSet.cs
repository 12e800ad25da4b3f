using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Web.Pages;

/// <summary>The KPI tiles of a scope: this period's figures beside the previous period's.</summary>
public sealed record TileSet(Figures Current, Figures Previous, Period PreviousPeriod);
