using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Pages;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Levels;

/// <summary>
/// The table of a page's figures by level (provincial agencies / communes / total) for the period of the query string;
/// the nation without a province. Read with the page's tiles (<see cref="TileQuery"/>). Renders Views/Shared/_LevelSplit.cshtml.
/// </summary>
public sealed class LevelSplitViewComponent(PageFilters filters, TileQuery tiles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? province = null)
    {
        var ct = HttpContext.RequestAborted;
        var period = await filters.PeriodAsync(Request.Query["period"].ToString(), ct);
        var field = province is null ? await filters.FieldAsync(Request.Query["field"].ToString(), ct) : null;
        var levels = await tiles.SplitAsync(new Scope(province, FieldCode: field?.Code), period, ct);
        return View("~/Views/Shared/_LevelSplit.cshtml", new LevelSplit(levels.Agencies, levels.Communes, levels.Total));
    }
}
