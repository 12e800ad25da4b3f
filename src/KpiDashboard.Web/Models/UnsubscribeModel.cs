namespace KpiDashboard.Web.Models;

/// <summary>The one-click unsubscribe page: asking, done, or a link that is not valid.</summary>
public sealed record UnsubscribeModel(string Token, bool Valid, bool Done, string? Email, string? Scope);
