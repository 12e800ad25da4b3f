using KpiDashboard.Metrics.Kpis;
namespace KpiDashboard.Reporting.Excel;

/// <summary>A province, commune or field by code, with its Vietnamese and English names.</summary>
public sealed record UnitRef(string Code, string NameVi, string NameEn)
{
    public string Name(Language language) => language == Language.Vi ? NameVi : NameEn;
}
