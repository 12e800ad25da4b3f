namespace KpiDashboard.Metrics.Entities;

/// <summary>A field (lĩnh vực) of administrative procedures.</summary>
public sealed class Field
{
    public required string Code { get; init; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
}
