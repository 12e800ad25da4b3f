using KpiDashboard.Metrics.Access;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Reports;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Reports;

/// <summary>Builds the Reports page; an invalid selection is shown on the page (with status 400 set by the controller).</summary>
public sealed class ReportsPageQuery(PageFilters filters, ReportRequestParser parser, ReportFactory factory, ArchiveListQuery archive, AccessScope access)
{
    public async Task<ReportsModel> BuildAsync(ReportForm form, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var range = await filters.RangeAsync(ct);
        ReportChoice? choice = null;
        string? problem = null;
        var period = await filters.PeriodAsync(null, ct);
        if (!form.IsEmpty)
        {
            try
            {
                var request = await parser.ParseAsync(form.Report, form.Province, form.Commune, form.Field, form.Period, form.Language, ct);
                period = request.Period;
                var scopeName = await factory.ScopeNameAsync(request.Scope, request.Language, ct);
                var name = await factory.FileNameAsync(request.Kind, request.Scope, request.Period, request.Language, ct);
                choice = new ReportChoice(request, scopeName, name.Display);
            }
            catch (InvalidQueryException e)
            {
                problem = Ui.T(e.MessageVi, e.MessageEn);
            }
        }
        var picker = PeriodPicker.Create(period, range, null, units.Fields, showFields: false);
        return new ReportsModel(form, picker, units.Provinces, units.Fields, choice, problem, await archive.ListAsync(ct), access.CanArchive);
    }
}
