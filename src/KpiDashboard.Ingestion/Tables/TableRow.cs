namespace KpiDashboard.Ingestion.Tables;

/// <summary>One row of a source table: its 1-based row number in the file and its cells as text.</summary>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";

    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Cells.Count; i++)
                if (!string.IsNullOrWhiteSpace(Cells[i])) return false;
            return true;
        }
    }
}
