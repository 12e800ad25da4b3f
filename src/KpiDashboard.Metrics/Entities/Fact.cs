namespace KpiDashboard.Metrics.Entities;

/// <summary>The figures of one (month, province, commune or none for provincial agencies, field).</summary>
public sealed class Fact : IFactKeys
{
    public long Id { get; init; }
    /// <summary>yyyyMM, see <see cref="Periods.Month.Key"/>.</summary>
    public int Period { get; init; }
    public required string ProvinceCode { get; init; }
    public string? CommuneCode { get; init; }
    public required string FieldCode { get; init; }
    public Measures Values { get; set; }
    public int BatchId { get; set; }
    public bool IsDemo { get; set; }
}
