using KpiDashboard.Ingestion.Entry;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using KpiDashboard.Web.Submissions.Entry;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Submissions.Review;

/// <summary>
/// /submissions/review: one unit's report for a month as submitted (read-only, in the layout of Biểu 06), its state and
/// history, and the approver's forms: approve, return and reopen with a reason, through <see cref="SubmissionApproval"/>
/// (same audit and lock as the command line). The approver (a province's officers for its communes and agencies, the central
/// level for provinces) acts; the unit's own officers may look.
/// </summary>
[Route("submissions/review")]
[IngestEndpoint]
public sealed class ReviewController(EntryService entries, ReportingCalendar calendar, SubmissionApproval approval) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? level, string? unit, string? period, string? done, CancellationToken ct)
    {
        var (found, month) = await ReportRequest.ResolveAsync(entries, level, unit, period, ct);
        EnsureMayLook(found);
        return View("~/Submissions/Review/Index.cshtml", await PageAsync(found, month, null, done, ct));
    }

    [HttpPost("approve")]
    public Task<IActionResult> Approve([FromForm] string? level, [FromForm] string? unit, [FromForm] string? period, CancellationToken ct) =>
        ActAsync(SubmissionAction.Approve, level, unit, period, null, ct);

    [HttpPost("return")]
    public Task<IActionResult> Return([FromForm] string? level, [FromForm] string? unit, [FromForm] string? period, [FromForm] string? reason, CancellationToken ct) =>
        ActAsync(SubmissionAction.Return, level, unit, period, reason, ct);

    [HttpPost("reopen")]
    public Task<IActionResult> Reopen([FromForm] string? level, [FromForm] string? unit, [FromForm] string? period, [FromForm] string? reason, CancellationToken ct) =>
        ActAsync(SubmissionAction.Reopen, level, unit, period, reason, ct);

    private async Task<IActionResult> ActAsync(SubmissionAction action, string? level, string? unit, string? period, string? reason, CancellationToken ct)
    {
        var (found, month) = await ReportRequest.ResolveAsync(entries, level, unit, period, ct);
        if (!entries.MayApprove(found))
            throw new AccessDeniedException($"Không có quyền duyệt báo cáo của {found.UnitCode} / not allowed to approve the reports of {found.UnitCode}");
        var outcome = await approval.ActAsync(action, found.UnitCode, found.Level, month, reason, ClientAddress.ActorOf(HttpContext), ct);
        if (outcome.Succeeded)
            return Redirect($"/submissions/review?{ReportRequest.Query(found, month)}&done={action.ToString().ToLowerInvariant()}");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Submissions/Review/Index.cshtml", await PageAsync(found, month, Ui.T(outcome.Message, outcome.MessageEn), null, ct));
    }

    private void EnsureMayLook(EntryUnit unit)
    {
        if (!entries.MayApprove(unit) && !entries.MayEnter(unit))
            throw new AccessDeniedException($"Không có quyền xem báo cáo của {unit.UnitCode} / not allowed to review the reports of {unit.UnitCode}");
    }

    private async Task<ReviewPageModel> PageAsync(EntryUnit unit, Month month, string? problem, string? done, CancellationToken ct)
    {
        var sheet = await entries.LoadAsync(unit, month, withDraft: false, ct);
        var period = Period.OfMonth(month);
        return new ReviewPageModel(unit.Level, unit.UnitCode, unit.Name, unit.ProvinceName, month.ToString(), PeriodText.Name(period),
            PeriodText.Dates(period, calendar.WindowKind), calendar.Deadline(period, unit.Level).ToString("d", Ui.Culture),
            FormTables.Build(sheet, editable: false), FormTables.Status(sheet, calendar), sheet.Status.State, entries.MayApprove(unit),
            entries.MayEnter(unit), problem, done is "approve" or "return" or "reopen" ? done : null);
    }
}
