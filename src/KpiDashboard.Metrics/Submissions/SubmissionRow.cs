using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Metrics.Submissions;

/// <summary>One unit that must report for a month, with its report's state; <paramref name="Late"/> for a report not yet sent means its deadline has passed.</summary>
public sealed record SubmissionRow(
    string UnitCode,
    string UnitName,
    ReportingLevel Level,
    string ProvinceCode,
    SubmissionState State,
    SubmissionChannel? Channel,
    DateTimeOffset? SubmittedUtc,
    DateOnly Deadline,
    bool Late,
    string? ApprovedBy,
    DateTimeOffset? ApprovedUtc,
    string? ReturnReason);
