using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Pages;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Api;

/// <summary>Figures for machines. The caller's scope is enforced by <see cref="FigureQuery"/>: another province is 403.</summary>
[ApiController]
public sealed class FiguresController(PageFilters filters, FigureQuery figures) : ControllerBase
{
    /// <summary>The figures of the nation, a province or a commune (codes or names), optionally one field, for a period
    /// (2025-07, 2025-Q3, 2025-H1, 2025; the latest month by default).</summary>
    [HttpGet("/api/figures")]
    [ProducesResponseType<FiguresResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<FiguresResponse> Get(string? period, string? province, string? commune, string? field, CancellationToken ct)
    {
        var p = await filters.PeriodAsync(period, ct);
        var f = await filters.FieldAsync(field, ct);
        var c = string.IsNullOrWhiteSpace(commune) ? null : await filters.CommuneAsync(commune, ct);
        var pr = c?.ProvinceCode ?? (string.IsNullOrWhiteSpace(province) ? null : (await filters.ProvinceAsync(province, ct)).Code);
        var total = await figures.TotalAsync(new Scope(pr, c?.Code, f?.Code), p, ct);
        return new FiguresResponse(p.ToString(), pr, c?.Code, f?.Code, FiguresJson.From(total));
    }
}
