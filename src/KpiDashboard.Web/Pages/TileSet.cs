using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Web.Pages;

/// <summary>The KPI tiles of a scope: this period's figures beside the previous period's and the same period a year before.</summary>
/// <summary>
/// The approximate flags mark comparable figures of a commune of today with a split predecessor, for periods before July 2025.
/// </summary>
public sealed record TileSet(Figures Current, Figures Previous, Period PreviousPeriod, Figures LastYear, Period LastYearPeriod)
{
    public bool CurrentApproximate { get; init; }
    public bool PreviousApproximate { get; init; }
    public bool LastYearApproximate { get; init; }
    public bool AnyApproximate => CurrentApproximate || PreviousApproximate || LastYearApproximate;
}
