using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Dossiers;

/// <summary>The days of the month's reporting window (Reporting:Window: calendar month, or the 15th to the 14th of Decree 09).</summary>
public sealed record DossierWindow(DateOnly First, DateOnly Last);

/// <summary>A group of a unit's dossiers (a procedure, a field) with its name.</summary>
public sealed record DossierGroupRow(string Code, string Name, DossierGroupCounts Counts);

/// <summary>One overdue pending dossier as the list shows it; <see cref="Commune"/> is empty for the provincial agencies.</summary>
public sealed record OverdueRow(string Code, string ProcedureCode, string ProcedureName, string Field, string Commune,
    DateOnly ReceivedOn, DateOnly DueOn, int WorkingDaysOver);

public sealed record OverdueTable(int Total, IReadOnlyList<OverdueRow> Rows, int Page, int PageCount, SortOrder Sort);

/// <param name="UnitName">The province, its provincial agencies, or the commune.</param>
/// <param name="Overdue">The list of overdue dossiers: null when the reader may see figures only (see <see cref="DossierAccess"/>).</param>
/// <param name="HiddenGroups">Procedures with late or overdue dossiers beyond those shown.</param>
public sealed record DossierPageModel(
    ProvinceView Province,
    CommuneView? Commune,
    bool AgenciesOnly,
    string UnitName,
    Month Month,
    DossierWindow Window,
    IReadOnlyList<Month> Months,
    bool HasDossiers,
    DossierGroupCounts Total,
    IReadOnlyList<DossierGroupRow> ByProcedure,
    int HiddenGroups,
    IReadOnlyList<DossierGroupRow> ByField,
    OverdueTable? Overdue,
    string ExcelHref);

/// <summary>A procedure across the units the reader may see.</summary>
public sealed record ProcedurePageModel(
    string Code,
    string Name,
    Month Month,
    DossierWindow Window,
    IReadOnlyList<Month> Months,
    ProvinceView? Province,
    IReadOnlyList<DossierGroupRow> Units,
    DossierGroupCounts Total);
