using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// The web app's URL patterns that e-mails link to: / (the nation), /provinces/{code}, /communes/{code},
/// each with ?period=yyyy-MM and &amp;lang=en for English; /unsubscribe/{token} for one-click unsubscribe.
/// </summary>
public sealed class DashboardLinks(IOptions<DashboardOptions> options)
{
    private string Base => options.Value.BaseUrl.TrimEnd('/');

    public string ForScope(Scope scope, Month period, Language language)
    {
        var path = scope.CommuneCode is { } commune ? $"/communes/{Uri.EscapeDataString(commune)}"
            : scope.ProvinceCode is { } province ? $"/provinces/{Uri.EscapeDataString(province)}"
            : "/";
        return $"{Base}{path}?period={period}{(language == Language.En ? "&lang=en" : "")}";
    }

    /// <summary>The entry page of one unit's monthly report.</summary>
    public string Entry(Metrics.Reporting.ReportingLevel level, string unitCode, Month period, Language language) =>
        $"{Base}/submissions/entry?level={Metrics.Reporting.ReportingLevels.Code(level)}&unit={Uri.EscapeDataString(unitCode)}&period={period}{(language == Language.En ? "&lang=en" : "")}";

    /// <summary>The completeness page of a month and level, within one province when given.</summary>
    public string Completeness(Metrics.Reporting.ReportingLevel level, Month period, string? provinceCode, Language language) =>
        $"{Base}/submissions?period={period}&level={Metrics.Reporting.ReportingLevels.Code(level)}" +
        (provinceCode is null ? "" : $"&province={Uri.EscapeDataString(provinceCode)}") + (language == Language.En ? "&lang=en" : "");

    public string Unsubscribe(string token) => $"{Base}/unsubscribe/{Uri.EscapeDataString(token)}";
}
