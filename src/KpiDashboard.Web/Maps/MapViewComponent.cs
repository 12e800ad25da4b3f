using KpiDashboard.Web.Pages;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Maps;

/// <summary>
/// The map card of a page, from the page's own query string (period, field, kpi): the provinces on the overview and the
/// ranking, a province's communes on its page. Renders Views/Shared/_Map.cshtml.
/// </summary>
public sealed class MapViewComponent(MapQuery maps, PageFilters filters) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? province = null)
    {
        var ct = HttpContext.RequestAborted;
        var query = Request.Query;
        var kpi = MapQuery.ParseKpi(query["kpi"].ToString());
        var period = await filters.PeriodAsync(query["period"].ToString(), ct);
        var field = province is null ? await filters.FieldAsync(query["field"].ToString(), ct) : null;
        var view = province is null
            ? await maps.ProvincesAsync(kpi, period, field, ct)
            : await maps.CommunesAsync(await filters.ProvinceAsync(province, ct), kpi, period, null, ct);
        return View("~/Views/Shared/_Map.cshtml", view);
    }
}
