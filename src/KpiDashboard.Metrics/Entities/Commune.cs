namespace KpiDashboard.Metrics.Entities;

/// <summary>A commune, ward or special zone (xã, phường, đặc khu), keyed by its five-digit official code.</summary>
public sealed class Commune
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    /// <summary>"Xã", "Phường" or "Đặc khu".</summary>
    public required string Kind { get; set; }
    public required string ProvinceCode { get; set; }

    public string FullName => $"{Kind} {Name}";
}
