using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Api;

/// <summary>
/// POST a figures file (CSV or XLSX; multipart/form-data or the raw body): the same validation and all-or-nothing batch
/// as `kpi ingest`. Rows of a province or commune outside the caller's scope reject the whole file with 403, naming the rows.
/// </summary>
[ApiController]
[IngestEndpoint]
[NoFormBinding]
public sealed class IngestController(IngestService ingest, RequestAudit audit, IOptions<SecurityOptions> options) : ControllerBase
{
    [HttpPost("/api/ingest")]
    [ProducesResponseType<IngestResultJson>(StatusCodes.Status200OK)]
    [ProducesResponseType<IngestResultJson>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<IngestResultJson>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status413PayloadTooLarge)]
    public async Task<IActionResult> Post([FromQuery] string? name, [FromQuery(Name = DryRunParameter.Name)] string? dryRunText, CancellationToken ct)
    {
        var dryRun = DryRunParameter.Parse(dryRunText);
        var limits = options.Value;
        Upload? upload;
        try
        {
            upload = await Upload.ReadAsync(Request, limits.MaxUploadBytes, name, ct);
        }
        catch (UploadTooLargeException e)
        {
            await audit.WriteAsync("ingest.too-large", e.Message, ct);
            return Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: e.Message, detail: $"Tệp lớn hơn {limits.MaxUploadMegabytes} MB.");
        }
        if (upload is null) return Problem(statusCode: StatusCodes.Status400BadRequest, title: "No file in the request.", detail: "Yêu cầu không có tệp.");

        await using var content = upload.Content;
        // A batch's entry is written in the batch's transaction; a refused file, which writes nothing, is audited on its own.
        var result = await ingest.IngestAsync(content, upload.Name, new IngestOptions(DryRun: dryRun, Xlsx: limits.Xlsx, Audit: audit.Note("ingest", upload.Name), Channel: SubmissionChannel.Api), ct);
        var json = IngestResultJson.From(result);
        if (!dryRun && !result.Succeeded)
            await audit.WriteAsync("ingest.rejected", $"{upload.Name} rows={result.RowsRead} errors={result.Errors.Total}", ct);
        if (result.Succeeded) return Ok(json);
        var forbidden = result.Errors.Any(ForbiddenProvince.Is);
        return StatusCode(forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest, json);
    }
}
