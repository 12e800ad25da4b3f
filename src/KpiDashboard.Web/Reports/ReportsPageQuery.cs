using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Reports;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Reports;

/// <summary>Builds the Reports page; an invalid selection is shown on the page (with status 400 set by the controller).</summary>
public sealed class ReportsPageQuery(PageFilters filters, ReportRequestParser parser, ReportFactory factory, ArchiveListQuery archive)
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
                choice = new ReportChoice(request, scopeName, FileName(request, scopeName).Display);
            }
            catch (InvalidQueryException e)
            {
                problem = Ui.T(e.MessageVi, e.MessageEn);
            }
        }
        var picker = PeriodPicker.Create(period, range, null, units.Fields, showFields: false);
        return new ReportsModel(form, picker, units.Provinces, units.Fields, choice, problem, await archive.ListAsync(ct));
    }

    private static ReportFileName FileName(ReportRequest r, string scopeName) => r.Kind switch
    {
        ReportKind.Form06 => ReportFileName.Form06(scopeName, r.Period, r.Language),
        ReportKind.National => ReportFileName.NationalSummary(r.Period, r.Language),
        _ => ReportFileName.FactsCsv(scopeName, r.Period),
    };
}
