using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Pages;

public sealed record FieldRow(Field Field, Figures Figures);
