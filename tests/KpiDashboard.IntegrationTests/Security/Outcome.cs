namespace KpiDashboard.IntegrationTests.Security;

/// <summary>What a caller gets from a route: the handler ran (whatever it answered), or one of the refusals.</summary>
public enum Outcome
{
    Allow,
    SignIn,
    Unauthorized,
    Forbidden,
    NotFound,
    ServerError,
}
