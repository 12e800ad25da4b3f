using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Dossiers;

namespace KpiDashboard.Web.Dossiers;

/// <summary>
/// Who sees what of the dossiers: the figures (counts, shares, handling time) follow the reader's scope like every page;
/// the dossier codes of the overdue list are for the officers who must chase them: Admins and Analysts, and a province
/// officer of that province (a commune officer: of their communes). A Viewer and an anonymous reader of a public
/// dashboard see the figures only, never a dossier code.
/// </summary>
public static class DossierAccess
{
    public static void EnsureCanRead(AccessScope access, string provinceCode)
    {
        if (!access.CanRead(provinceCode))
            throw new AccessDeniedException($"Không có quyền xem tỉnh {provinceCode} / no access to province {provinceCode}");
    }

    public static bool MaySeeCodes(System.Security.Claims.ClaimsPrincipal user, AccessScope access, DossierUnit unit)
    {
        if (user.Identity?.IsAuthenticated != true || !access.CanRead(unit.ProvinceCode)) return false;
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Analyst)) return true;
        if (!user.IsInRole(Roles.ProvinceOfficer)) return false;
        return access.Communes is null || (unit.CommuneCode is { } commune && access.Communes.Contains(commune));
    }
}
