using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>The rows of one level and their subtotal (the sum of the rows, see <see cref="FigureSums"/>).</summary>
public sealed record Form06Group(Form06Level Level, IReadOnlyList<Form06Row> Rows, Figures Subtotal)
{
    public static Form06Group Of(Form06Level level, IReadOnlyList<Form06Row> rows) =>
        new(level, rows, FigureSums.Sum(rows.Select(r => r.Figures)));
}
