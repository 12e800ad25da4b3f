using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Pages;

/// <summary>A province in a table: its figures (Rows 0 when it reported none) and its rank by on-time rate.</summary>
public sealed record ProvinceRow(ProvinceView Province, Figures Figures, int? Rank);
