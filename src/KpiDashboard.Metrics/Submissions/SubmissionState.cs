namespace KpiDashboard.Metrics.Submissions;

/// <summary>not started (no row) → draft → submitted → returned (with a reason) or approved; an approver may reopen an approved one.</summary>
public enum SubmissionState
{
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Approved,
}
