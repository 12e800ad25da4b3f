using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Provinces;

/// <summary>Which communes of a province reported no figures at all for the period.</summary>
public sealed record Completeness(int Communes, IReadOnlyList<CommuneView> Missing)
{
    public int Reporting => Communes - Missing.Count;
}
