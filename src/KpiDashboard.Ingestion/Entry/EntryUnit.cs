using System.Globalization;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Ingestion.Entry;

/// <summary>A unit that reports: a commune (its code), a province's agencies or the province as a whole (the province's code).</summary>
public sealed record EntryUnit(ReportingLevel Level, string UnitCode, string ProvinceCode, string? CommuneCode, string Name, string ProvinceName)
{
    /// <summary>How the audit log and the approval messages name a unit's report: "commune 04792 2025-07".</summary>
    public string ReportName(Month month) => string.Create(CultureInfo.InvariantCulture, $"{Level.Code()} {UnitCode} {month}");
}
