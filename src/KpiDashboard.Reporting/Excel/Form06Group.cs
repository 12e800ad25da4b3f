using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>The rows of one level; its subtotal is the column-wise sum of what the rows show.</summary>
public sealed record Form06Group(Form06Level Level, IReadOnlyList<Form06Row> Rows)
{
    /// <summary>Columns 3–13 of the group's row.</summary>
    public IReadOnlyList<Quantity> Subtotal => Form06Columns.Sum(Rows.Select(r => r.Columns));

    /// <summary>The figures of the whole level, summed as the database sums facts.</summary>
    public Figures Figures => FigureSums.Sum(Rows.Select(r => r.Figures));
}
