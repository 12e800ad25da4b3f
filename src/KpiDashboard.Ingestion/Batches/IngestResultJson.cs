using System.Text.Json.Serialization;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>The JSON shape of an ingest result, shared by `kpi ingest --json` and the web API. Lists at most
/// <see cref="IngestErrors.Limit"/> errors and warnings; <c>errors_not_listed</c> counts the errors beyond.</summary>
public sealed record IngestResultJson(
    [property: JsonPropertyName("batch_id")] int? BatchId,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("dry_run")] bool DryRun,
    [property: JsonPropertyName("rows_read")] int RowsRead,
    [property: JsonPropertyName("inserted")] int Inserted,
    [property: JsonPropertyName("updated")] int Updated,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("errors")] IReadOnlyList<IngestResultJson.Problem> Errors,
    [property: JsonPropertyName("warnings")] IReadOnlyList<IngestResultJson.Problem> Warnings,
    [property: JsonPropertyName("errors_total")] int ErrorsTotal,
    [property: JsonPropertyName("errors_not_listed")] int ErrorsNotListed)
{
    public sealed record Problem(
        [property: JsonPropertyName("row")] int Row,
        [property: JsonPropertyName("column")] string Column,
        [property: JsonPropertyName("value")] string Value,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("message_en")] string MessageEn);

    public static IngestResultJson From(IngestResult r) => new(
        r.BatchId, r.SourceName, r.DryRun, r.RowsRead, r.Inserted, r.Updated, r.Unchanged,
        r.Errors.Select(e => new Problem(e.Row, e.Column, e.Value, e.Code, e.Message, e.MessageEn)).ToList(),
        r.Warnings.Take(IngestErrors.Limit).Select(w => new Problem(w.Row, w.Column, w.Value, w.Code, w.Message, w.MessageEn)).ToList(),
        r.Errors.Total, r.Errors.Omitted);
}
