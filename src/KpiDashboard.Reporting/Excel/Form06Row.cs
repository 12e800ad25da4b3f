using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>One field (lĩnh vực) of one level, with its figures for the period.</summary>
public sealed record Form06Row(string FieldCode, string FieldNameVi, string FieldNameEn, Figures Figures)
{
    /// <summary>Columns 3–13 as the form shows them (see <see cref="Form06Columns"/>).</summary>
    public IReadOnlyList<Quantity> Columns => Form06Columns.Of(Figures);
}
