using KpiDashboard.Web.Pages;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Controllers;

/// <summary>The pages of one province, field or commune, addressed by code (a name works too).</summary>
[PublicWhenReadOnly]
public sealed class UnitsController : Controller
{
    [HttpGet("/provinces/{code}")]
    public async Task<IActionResult> Province([FromServices] ProvinceQuery query, string code, string? period, string? q, string? sort, string? dir, string? page, CancellationToken ct) =>
        View(await query.BuildAsync(code, period, q, sort, dir, page, ct));

    [HttpGet("/fields/{code}")]
    public async Task<IActionResult> Field([FromServices] FieldQuery query, string code, string? period, string? sort, string? dir, CancellationToken ct) =>
        View(await query.BuildAsync(code, period, sort, dir, ct));

    [HttpGet("/communes/{code}")]
    public async Task<IActionResult> Commune([FromServices] CommuneQuery query, string code, string? period, CancellationToken ct) =>
        View(await query.BuildAsync(code, period, ct));
}
