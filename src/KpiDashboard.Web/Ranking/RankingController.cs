using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Ranking;

[PublicWhenReadOnly]
[CachedPage]
public sealed class RankingController : Controller
{
    /// <summary>The provinces scored by the national index rule (Decision 766/QĐ-TTg).</summary>
    [HttpGet("/ranking")]
    public async Task<IActionResult> Index([FromServices] RankingQuery query, string? period, string? field, string? sort, string? dir,
        string? units, CancellationToken ct) =>
        View(await query.BuildAsync(period, field, sort, dir, ct, units));
}
