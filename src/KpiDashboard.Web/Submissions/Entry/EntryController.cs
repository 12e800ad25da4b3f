using KpiDashboard.Ingestion.Entry;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Submissions.Entry;

/// <summary>
/// /submissions/entry: one unit's report for a month, entered in the layout of Biểu 06, saved as a draft or submitted through
/// the batch writer (see <see cref="EntryService"/>). Roles that ingest only; who may enter which unit is the request's
/// <see cref="AccessScope"/>. Without a unit, the address leads to the user's own unit for the month now due.
/// </summary>
[Route("submissions/entry")]
[IngestEndpoint]
public sealed class EntryController(EntryService entries, ReportingCalendar calendar, AccessScope access, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? level, string? unit, string? period, string? done, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(unit)) return OwnUnit(period);
        var (found, month) = await ReportRequest.ResolveAsync(entries, level, unit, period, ct);
        if (!entries.MayEnter(found) && !(found.Level == ReportingLevel.Province && entries.MayRead(found) && access.CanIngestInto(found.ProvinceCode)))
            throw new AccessDeniedException($"Không có quyền nhập báo cáo của {found.UnitCode} / not allowed to enter the reports of {found.UnitCode}");
        var sheet = await entries.LoadAsync(found, month, ct: ct);
        return View("~/Submissions/Entry/Index.cshtml", Page(sheet, null, [], done is "draft" or "submitted" ? done : null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save([FromForm] string? level, [FromForm] string? unit, [FromForm] string? period, [FromForm] string? action, CancellationToken ct)
    {
        var (found, month) = await ReportRequest.ResolveAsync(entries, level, unit, period, ct);
        if (!entries.MayEnter(found))
            throw new AccessDeniedException($"Không có quyền nhập báo cáo của {found.UnitCode} / not allowed to enter the reports of {found.UnitCode}");
        var fields = await entries.FieldsAsync(ct);
        string? Posted(string name) => Request.Form.TryGetValue(name, out var v) ? v.ToString() : null;
        var (figures, errors) = EntryForm.Read(fields.Select(f => f.Code), Posted);
        var actor = ClientAddress.ActorOf(HttpContext);
        var address = ClientAddress.Of(HttpContext);
        var submit = action == "submit";
        var outcome = submit
            ? await entries.SubmitAsync(found, month, figures, errors, actor, address, ct)
            : await entries.SaveDraftAsync(found, month, figures, errors, actor, address, ct);
        if (outcome.Succeeded)
            return Redirect($"/submissions/entry?{ReportRequest.Query(found, month)}&done={(submit ? "submitted" : "draft")}");
        Response.StatusCode = outcome.Errors.Any(e => e.Code == "period_approved") ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var sheet = await entries.LoadAsync(found, month, ct: ct);
        return View("~/Submissions/Entry/Index.cshtml", Page(sheet, sheet.Status.IsLocked ? null : Posted, outcome.Errors, null));
    }

    private EntryPageModel Page(EntrySheet sheet, Func<string, string?>? posted, IReadOnlyList<EntryCellError> errors, string? done)
    {
        var period = Period.OfMonth(sheet.Month);
        var editable = entries.MayEnter(sheet.Unit) && !sheet.Status.IsLocked;
        return new EntryPageModel(sheet.Unit.Level, sheet.Unit.UnitCode, sheet.Unit.Name, sheet.Unit.ProvinceCode, sheet.Unit.ProvinceName, sheet.Month.ToString(),
            PeriodText.Name(period), PeriodText.Dates(period, calendar.WindowKind), calendar.Deadline(period, sheet.Unit.Level).ToString("d", Ui.Culture),
            FormTables.Build(sheet, editable, posted, errors), FormTables.Status(sheet, calendar), editable, sheet.Status.IsLocked, sheet.ShowsDraft,
            entries.MayApprove(sheet.Unit), errors, done);
    }

    /// <summary>A commune officer's first commune, a province officer's first province's agencies, for the month whose report is due now.</summary>
    private IActionResult OwnUnit(string? period)
    {
        var month = Month.TryParseText(period, out var asked) ? asked : DueMonth();
        if (access.Communes is { Count: > 0 } communes)
            return Redirect($"/submissions/entry?level=commune&unit={communes.Order(StringComparer.Ordinal).First()}&period={month}");
        if (access.Provinces is { Count: > 0 } provinces)
            return Redirect($"/submissions/entry?level=agency&unit={provinces.Order(StringComparer.Ordinal).First()}&period={month}");
        throw InvalidQueryException.BadRequest("Hãy chọn đơn vị: ?level=commune|agency&unit=MÃ&period=yyyy-MM.",
            "Choose a unit: ?level=commune|agency&unit=CODE&period=yyyy-MM.");
    }

    /// <summary>The latest month whose reporting window has closed.</summary>
    private Month DueMonth()
    {
        var today = VietnamTime.Today(time);
        var month = Month.Of(today);
        while (calendar.Window(Period.OfMonth(month)).To >= today) month = month.Previous;
        return month;
    }
}
