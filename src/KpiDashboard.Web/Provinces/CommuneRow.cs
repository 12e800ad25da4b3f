using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Provinces;

/// <param name="Approximate">Comparable figures of a month before July 2025 with a split predecessor (marked ≈).</param>
public sealed record CommuneRow(CommuneView Commune, Figures Figures, bool Approximate = false);
