using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Admin;

/// <summary>/Admin/Sources: the configured HTTP sources with their last attempt, status, rows and error.</summary>
[Route("Admin/Sources")]
public sealed class PullSourcesController(KpiDbContext db, IOptions<PullOptions> options) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var states = await db.PullSources.AsNoTracking().ToDictionaryAsync(s => s.Name, StringComparer.OrdinalIgnoreCase, ct);
        var rows = options.Value.Sources
            .Select(s => new PullSourceRow(s.Name, s.Url, s.Format, s.Schedule, states.GetValueOrDefault(s.Name)))
            .ToList();
        return View("~/Views/PullSources/Index.cshtml", rows);
    }
}
