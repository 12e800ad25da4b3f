namespace KpiDashboard.Metrics.Submissions;

/// <summary>How a report arrived: the entry page, a file uploaded on the web, the official form, an HTTP pull, the API, the command line.</summary>
public enum SubmissionChannel
{
    Web,
    Upload,
    Form,
    Pull,
    Api,
    Cli,
}
