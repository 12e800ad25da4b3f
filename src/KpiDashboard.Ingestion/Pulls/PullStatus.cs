namespace KpiDashboard.Ingestion.Pulls;

public static class PullStatus
{
    public const string Ok = "ok";
    public const string Unchanged = "unchanged";
    public const string NotModified = "not_modified";
    public const string Failed = "failed";
    public const string Busy = "busy";
}
