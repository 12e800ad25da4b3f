using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Communes;

[PublicWhenReadOnly]
[CachedPage]
public sealed class CommunesController : Controller
{
    /// <summary>One commune, addressed by code (a name works too).</summary>
    [HttpGet("/communes/{code}")]
    public async Task<IActionResult> Index([FromServices] CommuneQuery query, string code, string? period, CancellationToken ct) =>
        View(await query.BuildAsync(code, period, ct));
}
