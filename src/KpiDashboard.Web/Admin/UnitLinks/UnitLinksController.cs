using KpiDashboard.Ingestion.History;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Admin.UnitLinks;

/// <summary>
/// /admin/units: where an old commune went, and an Admin's correction of it: the same <see cref="UnitLinkCorrection"/>
/// as <c>kpi units link</c>, audited in its transaction (action unit_link) and kept by later imports.
/// Admin only by namespace (see <see cref="AuthorizationConvention"/>).
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Route("admin/units")]
public sealed class UnitLinksController(UnitLinksQuery query) : Controller
{
    private const string ViewPath = "~/Admin/UnitLinks/Index.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? saved, CancellationToken ct) =>
        View(ViewPath, await query.BuildAsync(q, null, saved, ct));

    [HttpPost("link")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Link([FromServices] UnitLinkCorrection correction, [FromForm] string? old, [FromForm] string? successors,
        [FromForm] string? kind, [FromForm] string? q, CancellationToken ct)
    {
        var codes = (successors ?? "").Split([' ', ',', ';', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var request = new UnitLinkCorrection.Request(UnitLink.CommuneLevel, (old ?? "").Trim(), codes,
            ClientAddress.ActorOf(HttpContext), ClientAddress.Of(HttpContext), string.IsNullOrWhiteSpace(kind) ? null : kind.Trim().ToLowerInvariant());
        var (_, problems) = await correction.ApplyAsync(request, ct);
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ViewPath, await query.BuildAsync(q ?? request.OldCode, problems.Select(p => Ui.T(p.Vi, p.En)).ToList(), null, ct));
        }
        return Redirect($"/admin/units?q={Uri.EscapeDataString(q ?? request.OldCode)}&saved={Uri.EscapeDataString(request.OldCode)}#old-{Uri.EscapeDataString(request.OldCode)}");
    }
}
