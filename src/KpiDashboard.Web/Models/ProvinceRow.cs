using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Models;

public sealed record ProvinceRow(Province Province, Figures Figures);
