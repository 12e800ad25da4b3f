using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Reporting.Excel;

/// <summary>A fact whose known figures break one of the form's identities, e.g. "(3) = (7) + (11)": 10 ≠ 9.</summary>
public sealed record IdentityWarning(Month Month, string ProvinceCode, string? CommuneCode, string FieldCode, string Identity, long Left, long Right);
