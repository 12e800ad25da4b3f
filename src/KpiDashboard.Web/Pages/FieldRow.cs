using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Web.Pages;

public sealed record FieldRow(FieldView Field, Figures Figures);
