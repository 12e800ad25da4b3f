namespace KpiDashboard.Ingestion.Forms;

/// <summary>A count cell: its value when readable, and whether it is only a lower bound ("91*").</summary>
internal readonly record struct FormCount(int? Value, bool LowerBound, string Address, string Text)
{
    /// <summary>What the cell tells for certain: a lower bound is not the figure.</summary>
    public int? Exact => LowerBound ? null : Value;
}
