using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Submissions.Completeness;

/// <summary>
/// What the completeness page shows. <see cref="ListShown"/> is false for an anonymous reader of a public dashboard,
/// who sees the rates only.
/// </summary>
public sealed record CompletenessModel(
    Month Month,
    IReadOnlyList<Month> Months,
    ReportingLevel Level,
    UnitOption? Province,
    IReadOnlyList<UnitOption> ProvinceChoices,
    DateOnly Deadline,
    bool ListShown,
    bool AllProvinces,
    int Listed,
    IReadOnlyList<CompletenessRowView> Rows,
    int Page,
    int PageCount,
    SortOrder Sort,
    IReadOnlyList<ProvinceReportingRate> Provinces,
    ReportingRate Total,
    IReadOnlyList<MonthReportingRate> Trend,
    string ExcelHref);
