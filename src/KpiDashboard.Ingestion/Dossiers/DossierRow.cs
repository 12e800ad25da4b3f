using KpiDashboard.Metrics.Dossiers;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>A validated row of a dossier list: the unit, procedure and field resolved, the dates in Vietnam's calendar days.</summary>
public sealed record DossierRow(int Row, string ProvinceCode, string? CommuneCode, string FieldCode, string Code, string ProcedureCode,
    string? ProcedureName, int? HandlingDays, DossierDates Dates)
{
    public string UnitCode => CommuneCode ?? ProvinceCode;
}
