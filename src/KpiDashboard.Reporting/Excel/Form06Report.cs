using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Everything Biểu số 06/VPCP/KSTT shows: the header block, the fields grouped by level with a subtotal
/// per group, the grand total (the sum of the groups) and the footer.
/// </summary>
public sealed record Form06Report(Form06Header Header, IReadOnlyList<Form06Group> Groups, Form06Footer Footer)
{
    public Figures GrandTotal { get; } = FigureSums.Sum(Groups.Select(g => g.Subtotal));

    /// <summary>True when some figure shown is only the sum of the known parts (marked with *).</summary>
    public bool HasIncomplete =>
        Groups.SelectMany(g => g.Rows.Select(r => r.Figures).Append(g.Subtotal)).Append(GrandTotal)
            .Any(f => f.Measures.Any(q => q.IsKnown && !q.Complete));
}
