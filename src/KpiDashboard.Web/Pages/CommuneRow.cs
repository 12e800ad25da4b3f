using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Pages;

public sealed record CommuneRow(Commune Commune, Figures Figures);
