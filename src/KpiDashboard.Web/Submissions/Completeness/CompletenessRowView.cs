using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;

namespace KpiDashboard.Web.Submissions.Completeness;

/// <summary>One unit's line on the page, with the addresses of its entry and review pages when the reader may use them.</summary>
public sealed record CompletenessRowView(
    string UnitCode,
    string UnitName,
    ReportingLevel Level,
    string ProvinceName,
    SubmissionState State,
    DateTimeOffset? SubmittedUtc,
    DateOnly Deadline,
    bool Late,
    int WorkingDaysLate,
    string? ApprovedBy,
    string? EntryHref,
    string? ReviewHref);
