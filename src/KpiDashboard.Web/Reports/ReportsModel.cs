using KpiDashboard.Metrics.Entities;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Reports;

/// <summary>
/// The Reports page: the form (what was typed is shown back), the chosen report once it is valid (its download link
/// and the archive button for those who may archive), the reason when it is not, and the archived files the reader may see.
/// </summary>
public sealed record ReportsModel(
    ReportForm Form,
    PeriodPicker Picker,
    IReadOnlyList<Province> Provinces,
    IReadOnlyList<Field> Fields,
    ReportChoice? Choice,
    string? Problem,
    IReadOnlyList<ArchivedRow> Archive,
    bool CanArchive);
