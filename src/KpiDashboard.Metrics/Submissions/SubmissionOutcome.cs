namespace KpiDashboard.Metrics.Submissions;

/// <summary>The result of an approver's action: refused ones say why (the command line exits 2, the web answers 4xx).</summary>
public sealed record SubmissionOutcome(bool Succeeded, string Message, string MessageEn)
{
    public static SubmissionOutcome Refused(string message, string messageEn) => new(false, message, messageEn);
}
