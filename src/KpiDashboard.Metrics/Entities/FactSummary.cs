namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// Facts summed ahead, so that nation, province and commune-table figures read a few rows a month instead of tens of
/// thousands of facts. Per measure a row keeps the sum of the known values and how many facts knew it, so summing rows
/// gives exactly what summing their facts gives. Each month has five grains, told apart by which codes are
/// <see cref="All"/>: per province and field (the base), per province, per field nationwide, the nation, and per
/// commune over all fields. Each grain covers every fact once, so a read takes one grain only (FigureQuery).
/// Rewritten from the facts in the same transaction as every write to them (see <see cref="Data.FactSummaryRefresh"/>).
/// </summary>
public sealed class FactSummary
{
    /// <summary>The province, commune or field of a row that is not split by it: every one.</summary>
    public const string All = "";

    /// <summary>yyyyMM, see <see cref="Periods.Month.Key"/>.</summary>
    public int Period { get; init; }
    public required string ProvinceCode { get; init; }
    public required string FieldCode { get; init; }
    /// <summary>True for the sum of the communes' facts, false for the provincial agencies' (no commune).</summary>
    public bool CommuneLevel { get; init; }
    /// <summary>A commune's code in the commune grain; <see cref="All"/> in the others.</summary>
    public string CommuneCode { get; init; } = All;
    public int Rows { get; init; }
    public int DemoRows { get; init; }
    /// <summary>Per measure the sum of the known values and how many facts knew it, in columns named after the measure.</summary>
    public Kpis.SummedMeasures Sums { get; init; }
}
