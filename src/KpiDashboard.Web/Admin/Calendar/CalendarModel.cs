using KpiDashboard.Metrics.Calendar;

namespace KpiDashboard.Web.Admin;

/// <summary>A day of the year that is not an ordinary weekday or weekend: off on a weekday, or worked on a weekend.</summary>
public sealed record CalendarDayRow(DateOnly Date, bool Working, string Source, bool Imported);

/// <param name="Errors">Why an upload was refused, each naming its line and column.</param>
/// <param name="Imported">The years an upload replaced.</param>
/// <param name="RecomputeNeeded">After an upload, when dossiers are stored: that their figures need `kpi dossiers recompute`, and how.</param>
public sealed record CalendarModel(int Year, IReadOnlyList<CalendarDayRow> Days, bool YearImported, IReadOnlyList<string> Errors, IReadOnlyList<int>? Imported = null,
    string? RecomputeNeeded = null);
