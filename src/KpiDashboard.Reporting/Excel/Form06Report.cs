using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Everything Biểu số 06/VPCP/KSTT shows: the header block, the fields grouped by level with a subtotal
/// per group, the grand total (the sum of the groups) and the footer.
/// </summary>
public sealed record Form06Report(Form06Header Header, IReadOnlyList<Form06Group> Groups, Form06Footer Footer)
{
    /// <summary>
    /// A commune of today over months before July 2025 with a split predecessor: its figures are comparable only
    /// approximately (the total is marked ≈ and a note states the rule).
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>Columns 3–13 of the grand total: the column-wise sum of the subtotals.</summary>
    public IReadOnlyList<Quantity> GrandTotal => Form06Columns.Sum(Groups.Select(g => g.Subtotal));

    /// <summary>The figures of the whole scope, summed as the database sums facts.</summary>
    public Figures Figures => FigureSums.Sum(Groups.Select(g => g.Figures));

    /// <summary>True when some figure shown is only the sum of the known parts (marked with *).</summary>
    public bool HasIncomplete =>
        Groups.SelectMany(g => g.Rows.Select(r => r.Columns).Append(g.Subtotal)).Append(GrandTotal)
            .Any(columns => columns.Any(q => q.IsKnown && !q.Complete));
}
