namespace KpiDashboard.Metrics.Entities;

/// <summary>One of the 34 provinces and centrally governed cities, keyed by its two-digit official code.</summary>
public sealed class Province
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    /// <summary>"Tỉnh" or "Thành phố".</summary>
    public required string Kind { get; set; }

    public string FullName => $"{Kind} {Name}";
}
