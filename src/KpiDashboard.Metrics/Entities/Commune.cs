using KpiDashboard.Metrics.History;

namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// A commune, ward, township or special zone (xã, phường, thị trấn, đặc khu), keyed by its five-digit official code and
/// its validity. Codes repeat across 1 July 2025: old 00004 (Trúc Bạch) is not new 00004 (Ba Đình).
/// </summary>
public sealed class Commune
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    /// <summary>"Xã", "Phường" or "Đặc khu"; before July 2025 also "Thị trấn".</summary>
    public required string Kind { get; set; }
    public required string ProvinceCode { get; set; }
    /// <summary>The old district (cấp huyện) of a commune of before July 2025; null for today's communes.</summary>
    public string? DistrictCode { get; set; }
    public DateOnly ValidFrom { get; init; } = UnitValidity.MergerDay;
    /// <summary>The last day the unit existed; null while it exists.</summary>
    public DateOnly? ValidTo { get; set; }

    public string FullName => $"{Kind} {Name}";
}
