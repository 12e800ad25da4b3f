namespace KpiDashboard.Ingestion;

/// <summary>
/// A problem found in a source, located by row (1-based, as the file shows it; 0 for the whole file) and column.
/// Messages come in Vietnamese and English. Values and messages are cut short (<see cref="IngestText"/>): they may echo a huge cell.
/// </summary>
public sealed record IngestError(int Row, string Column, string Value, string Code, string Message, string MessageEn)
{
    public string Column { get; init; } = IngestText.Echo(Column);
    public string Value { get; init; } = IngestText.Echo(Value);
    public string Message { get; init; } = IngestText.Message(Message, Value);
    public string MessageEn { get; init; } = IngestText.Message(MessageEn, Value);

    public static IngestError File(string code, string message, string messageEn) => new(0, "", "", code, message, messageEn);
}
