namespace KpiDashboard.Metrics.Safety;

/// <summary>One problem <see cref="DatabaseCheck"/> found: which check, and what it saw.</summary>
public sealed record CheckFinding(string Check, string Message);
