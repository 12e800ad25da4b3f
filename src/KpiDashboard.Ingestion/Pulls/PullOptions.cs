using Cronos;

namespace KpiDashboard.Ingestion.Pulls;

/// <summary>The Pulls configuration section.</summary>
public sealed class PullOptions
{
    public const string Section = "Pulls";
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    public List<PullSourceOptions> Sources { get; set; } = [];
    /// <summary>Retries after the first attempt, on timeouts, 5xx and network errors.</summary>
    public int RetryCount { get; set; } = 3;
    public double RetryDelaySeconds { get; set; } = 2;

    /// <summary>The largest body a source may send; a longer one fails the pull without being held.</summary>
    public int MaxBodyMegabytes { get; set; } = 20;

    /// <summary>Every problem in the configuration, in one message each; empty when valid.</summary>
    public IReadOnlyList<string> Problems(Func<string, string?> environment)
    {
        var problems = new List<string>();
        foreach (var group in Sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add($"Pulls: source name '{group.Key}' is used twice");
        foreach (var s in Sources)
        {
            var where = $"Pulls source '{s.Name}'";
            if (string.IsNullOrWhiteSpace(s.Name)) problems.Add("Pulls: a source has no Name");
            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) problems.Add($"{where}: Url must be an absolute http(s) URL");
            if (s.Format is not ("csv" or "json")) problems.Add($"{where}: Format must be csv or json");
            if (s.TimeoutSeconds is < 1 or > 600) problems.Add($"{where}: TimeoutSeconds must be between 1 and 600");
            if (!string.IsNullOrWhiteSpace(s.Schedule))
            {
                try { CronExpression.Parse(s.Schedule); }
                catch (CronFormatException e) { problems.Add($"{where}: Schedule '{s.Schedule}' is not a cron expression ({e.Message})"); }
            }
            foreach (var (header, variable) in s.HeadersFromEnvironment)
                if (string.IsNullOrEmpty(environment(variable))) problems.Add($"{where}: header {header} needs environment variable {variable}, which is not set");
        }
        if (RetryCount is < 0 or > 10) problems.Add("Pulls: RetryCount must be between 0 and 10");
        if (RetryDelaySeconds is < 0 or > 300) problems.Add("Pulls: RetryDelaySeconds must be between 0 and 300");
        return problems;
    }
}
