using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>One province's rate for each month of <see cref="NationalSummary.Months"/>, in the same order.</summary>
public sealed record MonthlyRates(UnitRef Province, IReadOnlyList<Rate> Rates);
