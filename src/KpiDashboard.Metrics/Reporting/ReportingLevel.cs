namespace KpiDashboard.Metrics.Reporting;

/// <summary>Who files a report: a commune's one-stop desk, a province's agencies (to the province), or the province as a whole (to the central level).</summary>
public enum ReportingLevel
{
    Province,
    Agency,
    Commune,
}
