using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Web.Submissions;

/// <summary>How many of the units due to report for a month have had their report approved, sent, returned, or sent nothing.</summary>
public sealed record ReportingStatus(string MonthName, ReportingLevel Level, int Total, int Approved, int Submitted, int Returned, int Missing, DateOnly Deadline, string Href);
