using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Submissions.Completeness;

/// <summary>
/// Completeness and timeliness of a month's reports. Not an output-cached page: lateness of a missing report grows with
/// the clock, not with the data version.
/// </summary>
[PublicWhenReadOnly]
public sealed class CompletenessController : Controller
{
    [HttpGet("/submissions")]
    public async Task<IActionResult> Index([FromServices] CompletenessPageQuery query, string? period, string? level, string? province,
        string? sort, string? dir, string? page, CancellationToken ct) =>
        View("~/Submissions/Completeness/Index.cshtml", await query.BuildAsync(new CompletenessFilter(period, level, province, sort, dir, page), ct));

    /// <summary>The same list and rates as a workbook, titled and dated in the page's language.</summary>
    [HttpGet("/submissions/excel")]
    public async Task<IActionResult> Excel([FromServices] CompletenessPageQuery query, string? period, string? level, string? province, CancellationToken ct)
    {
        var file = await query.WorkbookAsync(new CompletenessFilter(period, level, province, null, null, null), ct);
        Response.Headers.ContentDisposition = file.ContentDisposition;
        return File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
