namespace KpiDashboard.Ingestion;

/// <summary>
/// A problem found in a source, located by row (1-based, as the file shows it; 0 for the whole file) and column.
/// Messages come in Vietnamese and English.
/// </summary>
public sealed record IngestError(int Row, string Column, string Value, string Code, string Message, string MessageEn)
{
    public static IngestError File(string code, string message, string messageEn) => new(0, "", "", code, message, messageEn);
}
