using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using Microsoft.AspNetCore.WebUtilities;

namespace KpiDashboard.Web.Reports;

/// <summary>The download links shown on the dashboard pages, one set per kind of page.</summary>
public static class ReportLinks
{
    public sealed record Link(string KindKey, string Vi, string En, string Url);

    public static string Download(string kind, Period period, string? province, string? commune, string? field, Language language)
    {
        var query = new Dictionary<string, string?>
        {
            ["report"] = kind, ["period"] = period.ToString(), ["province"] = commune is null ? province : null,
            ["commune"] = commune, ["field"] = field, ["language"] = language.Code(),
        };
        return QueryHelpers.AddQueryString("/reports/download", query.Where(kv => !string.IsNullOrEmpty(kv.Value))!);
    }

    public static IReadOnlyList<Link> Overview(Period period, string? field, Language language) =>
    [
        Make("national", period, null, null, null, language),
        Make("csv", period, null, null, field, language),
    ];

    public static IReadOnlyList<Link> Province(Period period, string province, Language language) =>
    [
        Make("form06", period, province, null, null, language),
        Make("csv", period, province, null, null, language),
    ];

    public static IReadOnlyList<Link> Commune(Period period, string commune, Language language) =>
    [
        Make("form06", period, null, commune, null, language),
        Make("csv", period, null, commune, null, language),
    ];

    public static IReadOnlyList<Link> Field(Period period, string field, Language language) =>
        [Make("csv", period, null, null, field, language)];

    private static Link Make(string kind, Period period, string? province, string? commune, string? field, Language language)
    {
        var (vi, en) = ReportKinds.Label(ReportKinds.Parse(kind)!.Value);
        return new Link(kind, vi, en, Download(kind, period, province, commune, field, language));
    }
}
