using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Provinces;

[PublicWhenReadOnly]
[CachedPage]
public sealed class ProvincesController : Controller
{
    /// <summary>One province, addressed by code (a name works too).</summary>
    [HttpGet("/provinces/{code}")]
    public async Task<IActionResult> Index([FromServices] ProvinceQuery query, string code, string? period, string? q, string? sort, string? dir, string? page, CancellationToken ct) =>
        View(await query.BuildAsync(code, period, q, sort, dir, page, ct));
}
