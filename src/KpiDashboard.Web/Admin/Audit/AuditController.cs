using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Admin;

/// <summary>/admin/audit: who did what, searchable by actor, action and dates (Vietnam time, inclusive), newest first.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AuditController(AuditQuery audit) : Controller
{
    [HttpGet("/admin/audit")]
    // "action" is also MVC's route value (the action name): bind it from the query by name.
    public async Task<IActionResult> Index(string? actor, [FromQuery(Name = "action")] string? kind, string? from, string? to, CancellationToken ct) =>
        View("~/Admin/Audit/Index.cshtml", await audit.BuildAsync(actor, kind, from, to, ct));
}
