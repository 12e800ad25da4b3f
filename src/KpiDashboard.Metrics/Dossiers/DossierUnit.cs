using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Metrics.Dossiers;

/// <summary>Whose dossiers: a whole province, only its provincial agencies, or one commune.</summary>
public sealed record DossierUnit(string ProvinceCode, string? CommuneCode = null, bool AgenciesOnly = false)
{
    public IQueryable<Dossier> Filter(IQueryable<Dossier> dossiers)
    {
        var province = ProvinceCode;
        dossiers = dossiers.Where(d => d.ProvinceCode == province);
        if (CommuneCode is { } commune) return dossiers.Where(d => d.CommuneCode == commune);
        return AgenciesOnly ? dossiers.Where(d => d.CommuneCode == null) : dossiers;
    }
}
