namespace KpiDashboard.Ingestion.Forms;

/// <summary>Where the table of a Biểu 06 sheet is.</summary>
/// <param name="HeaderTop">The first header row: the header block (unit, period) is above it.</param>
/// <param name="DataStart">The first row under the header.</param>
/// <param name="NumberColumn">The STT column, 0 when the sheet has none.</param>
/// <param name="NameColumn">The column of field and group names (form column 2).</param>
/// <param name="Columns">Sheet column of each form column 3–13 the sheet has.</param>
internal sealed record FormLayout(int HeaderTop, int DataStart, int NumberColumn, int NameColumn, IReadOnlyDictionary<int, int> Columns);
