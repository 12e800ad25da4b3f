using Microsoft.AspNetCore.Identity;

namespace KpiDashboard.Metrics.Accounts;

/// <summary>A signed-in official. Provinces limit a ProvinceOfficer or a scoped Viewer; empty means all (for roles that allow it).</summary>
public sealed class KpiUser : IdentityUser
{
    /// <summary>Comma-separated province codes, e.g. "25,42".</summary>
    public string ProvinceCodes { get; set; } = "";

    /// <summary>Comma-separated commune codes: a commune officer enters and submits only these communes' reports. Empty: no commune limit.</summary>
    public string CommuneCodes { get; set; } = "";

    /// <summary>Created by demo mode; the app refuses to start in Production while such an account exists.</summary>
    public bool IsDemo { get; set; }

    public IReadOnlyList<string> Provinces => ProvinceList.Parse(ProvinceCodes);

    public IReadOnlyList<string> Communes =>
        CommuneCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.PadLeft(5, '0')).Distinct().Order().ToList();
}
