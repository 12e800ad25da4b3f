namespace KpiDashboard.Ingestion.Forms;

/// <param name="Text">What the cell holds as text; numbers in invariant form.</param>
/// <param name="LowerBound">Marked "*" (by its number format or typed): only the sum of the known parts.</param>
internal sealed record FormCell(string Text, bool IsNumber, bool LowerBound)
{
    public static FormCell Empty { get; } = new("", false, false);

    public bool IsBlank => Text.Length == 0;
}
