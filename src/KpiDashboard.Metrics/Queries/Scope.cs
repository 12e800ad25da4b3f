namespace KpiDashboard.Metrics.Queries;

/// <summary>Where figures are summed: the nation (no codes), a province, or a commune; optionally one field.</summary>
public sealed record Scope(string? ProvinceCode = null, string? CommuneCode = null, string? FieldCode = null)
{
    public static Scope Nation { get; } = new();

    public bool IsNation => ProvinceCode is null && CommuneCode is null;
}
