namespace KpiDashboard.Metrics.Queries;

/// <summary>
/// Where figures are summed: the nation (no codes), a province, or a commune; optionally one field. Codes are today's
/// units, whose months before July 2025 are their predecessors' figures, unless <paramref name="InOldUnits"/>: then the
/// codes are the old units' own (an old province's page or form for 2024-07).
/// </summary>
public sealed record Scope(string? ProvinceCode = null, string? CommuneCode = null, string? FieldCode = null, bool InOldUnits = false)
{
    public static Scope Nation { get; } = new();

    public bool IsNation => ProvinceCode is null && CommuneCode is null;
}
