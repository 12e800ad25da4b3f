using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Submissions;

/// <summary>
/// The state of a month's reports for the period of the query string: the provinces' for the nation, the communes' for a
/// province ("28/34 tỉnh đã duyệt, 3 đã gửi, 3 chưa báo cáo"). Reports are monthly: a longer period shows nothing.
/// Renders Views/Shared/_ReportingStatus.cshtml.
/// </summary>
public sealed class ReportingStatusViewComponent(PageFilters filters, SubmissionQuery submissions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? province = null)
    {
        var ct = HttpContext.RequestAborted;
        var period = await filters.PeriodAsync(Request.Query["period"].ToString(), ct);
        if (period.Kind != PeriodKind.Month) return Content("");
        var level = province is null ? ReportingLevel.Province : ReportingLevel.Commune;
        // The units the page already holds for this data version: only the month's reports are read here.
        var units = await filters.UnitsAsync(ct);
        var rows = await submissions.ListAsync(period.First, units.Provinces,
            province is null ? [] : units.CommunesOf(province), province, level, ct);
        if (rows.Count == 0) return Content("");
        int Count(SubmissionState state) => rows.Count(r => r.State == state);
        var status = new ReportingStatus(PeriodText.Name(period), level, rows.Count, Count(SubmissionState.Approved), Count(SubmissionState.Submitted),
            Count(SubmissionState.Returned), Count(SubmissionState.NotStarted) + Count(SubmissionState.Draft), rows[0].Deadline,
            Links.Keep("/submissions", Request, ("period", period.ToString()), ("level", level.Code()), ("province", province)));
        return View("~/Views/Shared/_ReportingStatus.cshtml", status);
    }
}
