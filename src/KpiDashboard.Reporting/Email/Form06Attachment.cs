using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// Writes the official form (Biểu số 06/VPCP/KSTT) of a scope and period as .xlsx for the summary e-mail, or null
/// when no form can be attached. The Excel work (issue 4) registers the real writer; until then the default attaches nothing.
/// <paramref name="services"/> is the composer's scope, for the DbContext and queries; <paramref name="run"/> what the run's forms share.
/// </summary>
public delegate Task<MailAttachment?> Form06Attachment(IServiceProvider services, SummaryRunContext run, Scope scope, Period period, Language language, CancellationToken ct);
