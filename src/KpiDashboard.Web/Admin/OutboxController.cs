using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Admin;

/// <summary>The outbox: every summary owed, with its status, attempts, next try and the last SMTP reply.</summary>
[Route("admin/outbox")]
public sealed class OutboxController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] OutboxQuery query, string? status, string? period, CancellationToken ct) =>
        View(await query.BuildAsync(status, period, ct));
}
