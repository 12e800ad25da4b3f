namespace KpiDashboard.Ingestion.Batches;

/// <summary>Worth a look, but does not block the batch (corrections happen). Values and messages are cut short, as errors' are.</summary>
public sealed record IngestWarning(int Row, string Column, string Value, string Code, string Message, string MessageEn)
{
    public string Column { get; init; } = IngestText.Echo(Column);
    public string Value { get; init; } = IngestText.Echo(Value);
    public string Message { get; init; } = IngestText.Message(Message, Value);
    public string MessageEn { get; init; } = IngestText.Message(MessageEn, Value);
}
