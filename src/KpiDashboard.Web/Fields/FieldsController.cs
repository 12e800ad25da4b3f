using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Fields;

[PublicWhenReadOnly]
[CachedPage]
public sealed class FieldsController : Controller
{
    /// <summary>One field across the provinces, addressed by code.</summary>
    [HttpGet("/fields/{code}")]
    public async Task<IActionResult> Index([FromServices] FieldQuery query, string code, string? period, string? sort, string? dir, CancellationToken ct) =>
        View(await query.BuildAsync(code, period, sort, dir, ct));
}
