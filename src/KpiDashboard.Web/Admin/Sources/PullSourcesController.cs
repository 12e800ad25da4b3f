using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Admin;

/// <summary>/Admin/Sources: the configured HTTP sources with their last attempt, status, rows and error; "pull now" per source.</summary>
[Route("Admin/Sources")]
public sealed class PullSourcesController(IOptions<PullOptions> options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] PullSourcesQuery sources, CancellationToken ct) =>
        View("~/Admin/Sources/Index.cshtml", await sources.BuildAsync(ct));

    /// <summary>The same pull as the schedule and <c>kpi pull --source</c>, for an admin who will not wait for the next slot.</summary>
    [HttpPost("{name}/pull")]
    public async Task<IActionResult> Pull([FromServices] PullService pulls, [FromServices] RequestAudit audit, string name, CancellationToken ct)
    {
        if (!options.Value.Sources.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))) return NotFound();
        // A pull that writes a batch is audited in the batch's transaction; one that writes nothing is audited as an event.
        var result = await pulls.PullAsync(name, null, ct, audit.Note("pull", name));
        if (result.BatchId is null) await audit.WriteAsync("pull", $"{result.Source} {result.Status}", ct);
        return Redirect($"/Admin/Sources?pulled={Uri.EscapeDataString(result.Source)}#source-{Uri.EscapeDataString(result.Source)}");
    }
}
