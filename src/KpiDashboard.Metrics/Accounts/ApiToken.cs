namespace KpiDashboard.Metrics.Accounts;

/// <summary>A machine's access, scoped like a user. Only the SHA-256 of the secret is stored; it is shown once.</summary>
public sealed class ApiToken
{
    public int Id { get; init; }
    public required string Name { get; init; }
    /// <summary>The first characters of the token, to tell tokens apart in lists.</summary>
    public required string Prefix { get; init; }
    public required string SecretHash { get; init; }
    public required string Role { get; init; }
    public string ProvinceCodes { get; init; } = "";
    public DateTimeOffset CreatedUtc { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset? RevokedUtc { get; set; }
}
