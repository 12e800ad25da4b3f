namespace KpiDashboard.Ingestion.Pulls;

/// <summary>One HTTP source of figures (configuration section Pulls:Sources:n).</summary>
public sealed class PullSourceOptions
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    /// <summary>csv (the canonical figures table) or json (an array of objects with the canonical keys).</summary>
    public string Format { get; set; } = "csv";
    /// <summary>Five-field cron, in Asia/Ho_Chi_Minh time; empty means pulled only on demand (kpi pull).</summary>
    public string? Schedule { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
    /// <summary>Header name → name of the environment variable holding its value, so secrets stay out of configuration files.</summary>
    public Dictionary<string, string> HeadersFromEnvironment { get; set; } = [];
}
