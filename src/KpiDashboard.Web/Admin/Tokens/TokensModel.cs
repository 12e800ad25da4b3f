using KpiDashboard.Metrics.Accounts;

namespace KpiDashboard.Web.Admin;

/// <param name="NewSecret">The secret of a token just created: shown this once, never stored.</param>
public sealed record TokensModel(IReadOnlyList<ApiToken> Tokens, string? NewSecret, string? Message);
