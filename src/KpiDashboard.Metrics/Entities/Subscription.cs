namespace KpiDashboard.Metrics.Entities;

/// <summary>Someone who receives the monthly e-mail summary of one scope (the nation, a province or a commune).</summary>
public sealed class Subscription
{
    public int Id { get; init; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    /// <summary>"nation", "province:25" or "commune:12345", the same text the command line takes.</summary>
    public required string Scope { get; set; }
    /// <summary>"vi" or "en".</summary>
    public required string Language { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedUtc { get; init; }
}
