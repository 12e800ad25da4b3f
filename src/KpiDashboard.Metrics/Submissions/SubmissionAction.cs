namespace KpiDashboard.Metrics.Submissions;

/// <summary>What an approver does to a submitted report.</summary>
public enum SubmissionAction
{
    Approve,
    Return,
    Reopen,
}
