using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Provinces;

public sealed record CommuneRow(CommuneView Commune, Figures Figures);
