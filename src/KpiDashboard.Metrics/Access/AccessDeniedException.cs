namespace KpiDashboard.Metrics.Access;

/// <summary>A request for figures outside the caller's <see cref="AccessScope"/>; the web answers 403.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
