using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Reporting.Email;

/// <summary>The official form of the subscription's scope and period, made by the same factory as downloads, from the run's templates.</summary>
internal static class OfficialForm
{
    /// <summary>Null when the Excel reports are not registered in this host: the e-mail then says the form is not attached.</summary>
    public static async Task<MailAttachment?> AttachAsync(IServiceProvider services, SummaryRunContext run, Scope scope, Period period, Language language, CancellationToken ct)
    {
        if (services.GetService<ReportFactory>() is not { } reports) return null;
        var report = await reports.CreateAsync(ReportKind.Form06, scope, period, language, run.Forms, ct);
        return new MailAttachment(report.Name.Display, report.ContentType, report.Content);
    }
}
