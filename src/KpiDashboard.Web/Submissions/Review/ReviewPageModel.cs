using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Web.Submissions.Entry;

namespace KpiDashboard.Web.Submissions.Review;

/// <summary>The review page of one unit's report: its figures as submitted, its state and history, and what the viewer may do.</summary>
public sealed record ReviewPageModel(
    ReportingLevel Level,
    string UnitCode,
    string UnitName,
    string ProvinceName,
    string Period,
    string MonthName,
    string WindowDates,
    string Deadline,
    FormTable Table,
    ReportStatusView Status,
    SubmissionState State,
    bool MayAct,
    bool MayEnter,
    string? Problem,
    string? Done);
