using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Metrics.Submissions;

/// <summary>
/// Who had to report for a month, who did, when and how late; the reporting rates per province and in total (the
/// provinces the reader may read), and their trend over twelve months. <see cref="Lines"/> is empty when the reader
/// may see only the rates (an anonymous reader of a public dashboard).
/// </summary>
public sealed record CompletenessReport(
    Month Month,
    ReportingLevel? Level,
    string? ProvinceCode,
    string? ProvinceName,
    DateTimeOffset AsOfUtc,
    bool ListShown,
    bool AllProvinces,
    IReadOnlyList<CompletenessLine> Lines,
    IReadOnlyList<ProvinceReportingRate> Provinces,
    ReportingRate Total,
    IReadOnlyList<MonthReportingRate> Trend);
