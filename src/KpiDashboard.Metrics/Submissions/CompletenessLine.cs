namespace KpiDashboard.Metrics.Submissions;

/// <summary>One unit due to report, with how many working days late its report is (or, when still missing, already is).</summary>
public sealed record CompletenessLine(SubmissionRow Row, int WorkingDaysLate);
