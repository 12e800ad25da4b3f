namespace KpiDashboard.IntegrationTests.Security;

/// <summary>The callers of the route matrix: signed-in people by role, and API tokens.</summary>
public enum Who
{
    Anonymous,
    Admin,
    Analyst,
    Officer25,
    Viewer,
    Officer42,
    TokenAnalyst,
    TokenOfficer25,
    TokenOfficer42,
    TokenViewer,
}
