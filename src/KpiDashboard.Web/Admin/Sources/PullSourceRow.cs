namespace KpiDashboard.Web.Admin;

/// <summary>A configured source and what happened at its last pull (null before the first).</summary>
public sealed record PullSourceRow(string Name, string Url, string Format, string? Schedule, PullSourceLast? State);

/// <summary>What the last pull of a source recorded.</summary>
public sealed record PullSourceLast(string Name, DateTimeOffset? LastAttemptUtc, string? LastStatus, int LastRows, int? LastBatchId, string? LastError);
