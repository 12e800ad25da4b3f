using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// A validated row of a dossier list: the unit, procedure and field resolved, the dates in Vietnam's calendar days. The
/// unit is today's (<see cref="ProvinceCode"/>, <see cref="CommuneCode"/>); a dossier received before 1 July 2025, once
/// the old units are imported, also names the old unit it was handled in (<see cref="OldProvinceCode"/>,
/// <see cref="OldCommuneCode"/>), whose figures its windows before July 2025 are.
/// </summary>
public sealed record DossierRow(int Row, string ProvinceCode, string? CommuneCode, string FieldCode, string Code, string ProcedureCode,
    string? ProcedureName, int? HandlingDays, DossierDates Dates, string? OldProvinceCode = null, string? OldCommuneCode = null,
    bool DueFromHandlingDays = false)
{
    public string UnitCode => CommuneCode ?? ProvinceCode;

    /// <summary>The unit a window's counts belong to: the old unit for a window before July 2025, today's otherwise.</summary>
    public (string Province, string? Commune) UnitIn(Month window) =>
        OldProvinceCode is { } old && UnitValidity.IsOldPeriod(window.Key) ? (old, OldCommuneCode) : (ProvinceCode, CommuneCode);
}
