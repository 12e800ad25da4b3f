using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Pages;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Levels;

/// <summary>
/// The table of a page's figures by level (provincial agencies / communes / total) for the period of the query string;
/// the nation without a province. Renders Views/Shared/_LevelSplit.cshtml.
/// </summary>
public sealed class LevelSplitViewComponent(PageFilters filters, FigureQuery figures) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? province = null)
    {
        var ct = HttpContext.RequestAborted;
        var period = await filters.PeriodAsync(Request.Query["period"].ToString(), ct);
        var field = province is null ? await filters.FieldAsync(Request.Query["field"].ToString(), ct) : null;
        var scope = new Scope(province, FieldCode: field?.Code);
        var byLevel = (await figures.SumByAsync(scope, period.First, period.Last, r => r.CommuneLevel, ct)).ToDictionary(g => g.Key, g => g.Figures);
        var split = new LevelSplit(byLevel.GetValueOrDefault(false) ?? Figures.Empty, byLevel.GetValueOrDefault(true) ?? Figures.Empty,
            await figures.TotalAsync(scope, period, ct));
        return View("~/Views/Shared/_LevelSplit.cshtml", split);
    }
}
