namespace KpiDashboard.Ingestion.Entry;

/// <summary>What saving or submitting an entry did; refused ones carry their errors, at cells where they have one, and write nothing.</summary>
public sealed record EntryOutcome(bool Succeeded, IReadOnlyList<EntryCellError> Errors, int? BatchId = null)
{
    public static EntryOutcome Done(int? batchId = null) => new(true, [], batchId);

    public static EntryOutcome Refused(IReadOnlyList<EntryCellError> errors) => new(false, errors);

    public static EntryOutcome Refused(string code, string message, string messageEn) => new(false, [new("", 0, code, message, messageEn)]);
}
