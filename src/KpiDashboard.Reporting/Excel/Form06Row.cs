using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>One field (lĩnh vực) of one level, with its figures for the period.</summary>
public sealed record Form06Row(string FieldCode, string FieldNameVi, string FieldNameEn, Figures Figures);
