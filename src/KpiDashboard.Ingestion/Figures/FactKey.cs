namespace KpiDashboard.Ingestion.Figures;

/// <summary>The natural key of a fact: month (yyyyMM), province, commune (null for provincial agencies), field.</summary>
public readonly record struct FactKey(int Period, string ProvinceCode, string? CommuneCode, string FieldCode);
