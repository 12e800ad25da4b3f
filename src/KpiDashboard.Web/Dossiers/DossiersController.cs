using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Dossiers;

/// <summary>
/// The late and overdue dossiers of a unit, and a procedure across units. Not output-cached: an Admin's calendar import
/// changes due dates without changing the data version.
/// </summary>
[PublicWhenReadOnly]
public sealed class DossiersController : Controller
{
    [HttpGet("/dossiers")]
    public async Task<IActionResult> Index([FromServices] DossierPageQuery query, string? province, string? commune, string? agencies, string? period,
        string? sort, string? dir, string? page, CancellationToken ct) =>
        View("~/Dossiers/Index.cshtml", await query.BuildAsync(new DossierFilter(province, commune, agencies, period, sort, dir, page), ct));

    [HttpGet("/dossiers/excel")]
    public async Task<IActionResult> Excel([FromServices] DossierPageQuery query, string? province, string? commune, string? agencies, string? period, CancellationToken ct)
    {
        var file = await query.WorkbookAsync(new DossierFilter(province, commune, agencies, period, null, null, null), ct);
        Response.Headers.ContentDisposition = file.ContentDisposition;
        return File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [HttpGet("/dossiers/procedures/{code}")]
    public async Task<IActionResult> Procedure([FromServices] DossierPageQuery query, string? code, string? period, string? province, CancellationToken ct) =>
        View("~/Dossiers/Procedure.cshtml", await query.ProcedureAsync(code, period, province, ct));
}
