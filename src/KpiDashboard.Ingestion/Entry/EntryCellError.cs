namespace KpiDashboard.Ingestion.Entry;

/// <summary>A problem with one cell of the entry form: its field and the form's column (4–13), or column 0 for the whole report.</summary>
public sealed record EntryCellError(string FieldCode, int Column, string Code, string Message, string MessageEn);
