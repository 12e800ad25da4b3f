namespace KpiDashboard.Metrics.Entities;

/// <summary>Where figures are filed: a month, a province, a commune (none for provincial agencies) and a field.</summary>
public interface IFactKeys
{
    /// <summary>yyyyMM, see <see cref="Periods.Month.Key"/>.</summary>
    int Period { get; }
    string ProvinceCode { get; }
    string? CommuneCode { get; }
    string FieldCode { get; }
}
