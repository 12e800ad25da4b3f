namespace KpiDashboard.IntegrationTests.Security;

/// <summary>How to call one route in the matrix and what each caller must get.</summary>
public sealed record RouteRule(string Method, string Url, Func<Who, Outcome> Expect);
