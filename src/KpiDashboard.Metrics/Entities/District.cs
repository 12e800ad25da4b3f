using KpiDashboard.Metrics.History;

namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// A district (cấp huyện: quận, huyện, thị xã, thành phố thuộc tỉnh) of before 1 July 2025, keyed by its three-digit
/// code and its validity. Districts were abolished on that date; their figures belong to their old province.
/// </summary>
public sealed class District
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    /// <summary>"Quận", "Huyện", "Thị xã" or "Thành phố".</summary>
    public required string Kind { get; set; }
    public required string ProvinceCode { get; set; }
    public DateOnly ValidFrom { get; init; } = UnitValidity.OldFrom;
    public DateOnly? ValidTo { get; set; } = UnitValidity.LastOldDay;

    public string FullName => $"{Kind} {Name}";
}
