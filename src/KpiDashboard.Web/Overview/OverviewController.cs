using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Overview;

[PublicWhenReadOnly]
[CachedPage]
public sealed class OverviewController : Controller
{
    /// <summary>The national overview; every filter is in the query string so that a view can be bookmarked.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index([FromServices] OverviewQuery query, string? period, string? field, string? sort, string? dir, CancellationToken ct) =>
        View(await query.BuildAsync(period, field, sort, dir, ct));
}
