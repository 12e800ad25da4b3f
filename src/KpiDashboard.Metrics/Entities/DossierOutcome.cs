namespace KpiDashboard.Metrics.Entities;

/// <summary>How a dossier's handling ended.</summary>
public enum DossierOutcome
{
    /// <summary>The result was returned (đã giải quyết).</summary>
    Resolved = 1,
    /// <summary>Stopped at the applicant's request (dừng, Decree 118/2025): never late.</summary>
    Stopped = 2,
    /// <summary>Refused, with reasons (từ chối).</summary>
    Refused = 3,
}
