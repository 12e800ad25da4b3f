using KpiDashboard.Metrics.History;

namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// A province or centrally governed city, keyed by its two-digit official code and its validity: today's 34 from
/// 1 July 2025, and the 63 of before, valid until 30 June 2025. Codes repeat across the date (old 25 ≠ new 25).
/// </summary>
public sealed class Province
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    /// <summary>"Tỉnh" or "Thành phố".</summary>
    public required string Kind { get; set; }
    public DateOnly ValidFrom { get; init; } = UnitValidity.MergerDay;
    /// <summary>The last day the unit existed; null while it exists.</summary>
    public DateOnly? ValidTo { get; set; }

    public string FullName => $"{Kind} {Name}";
}
