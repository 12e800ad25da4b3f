using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>Whose dossiers: a whole province, only its provincial agencies, or one commune.</summary>
public sealed record DossierUnit(string ProvinceCode, string? CommuneCode = null, bool AgenciesOnly = false)
{
    public IQueryable<Dossier> Filter(IQueryable<Dossier> dossiers)
    {
        var province = ProvinceCode;
        dossiers = dossiers.Where(d => d.ProvinceCode == province);
        // A commune's dossiers are its unit's, and the agencies' are the province's own. UnitCode leads the unique
        // (unit, code) index, so CommuneCode needs none of its own; a query over a date range takes (province, date).
        if (CommuneCode is { } commune) return dossiers.Where(d => d.UnitCode == commune);
        return AgenciesOnly ? dossiers.Where(d => d.UnitCode == province) : dossiers;
    }
}
