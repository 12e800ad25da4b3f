using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Web.Admin;

/// <summary>A configured source and what happened at its last pull (null before the first).</summary>
public sealed record PullSourceRow(string Name, string Url, string Format, string? Schedule, PullSourceState? State);
