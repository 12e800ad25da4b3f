using KpiDashboard.Metrics.Access;

namespace KpiDashboard.Metrics.Accounts;

/// <summary>The four roles and what each may see and do.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Analyst = "Analyst";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Analyst, ProvinceOfficer, Viewer];

    public static bool IsValid(string role) => All.Contains(role);

    /// <summary>Admin and Analyst read everything and ingest; a ProvinceOfficer reads and ingests only their provinces;
    /// a Viewer reads all, or only their provinces when some are set.</summary>
    public static AccessScope ScopeOf(string role, IReadOnlyCollection<string> provinces, IReadOnlyCollection<string>? communes = null) => role switch
    {
        Admin or Analyst => AccessScope.All,
        // A ProvinceOfficer with communes set is a commune officer: reads the province, writes only those communes.
        ProvinceOfficer => AccessScope.ForProvinces(provinces, canIngest: true).LimitedToCommunes(communes ?? []),
        Viewer when provinces.Count > 0 => AccessScope.ForProvinces(provinces, canIngest: false),
        Viewer => AccessScope.ReadAll,
        _ => AccessScope.ForProvinces([], canIngest: false),
    };
}
